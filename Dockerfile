# syntax=docker/dockerfile:1
# RegionLab in a container: built with the project's Maven Wrapper, run on a JRE as a non-root user.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY src src
COPY migrations migrations
COPY web web
# The cache mount keeps downloaded dependencies between builds without putting them in a layer.
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home --uid 10001 regionlab
WORKDIR /app
COPY --from=build /build/target/quarkus-app /app/quarkus-app
COPY content /app/content
# data/ is where the portal would keep a generated session key; compose passes the key instead.
RUN mkdir /app/data && chown regionlab /app/data
USER regionlab
EXPOSE 8080
CMD ["java", "-jar", "/app/quarkus-app/quarkus-run.jar"]

package io.regionlab.generate.core;

import io.regionlab.topology.core.Component;
import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.Link;
import io.regionlab.topology.core.LinkKind;
import io.regionlab.topology.core.Properties;
import io.regionlab.topology.core.Topology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Who may do what to whom, derived from the links alone, for every writer: the IAM grants of a
 * principal (an Auto Scaling group's instances, a notebook, a SageMaker endpoint's execution role)
 * and the network paths security groups must open. Nothing is granted that no link asks for.
 */
public final class Access {

    /** The port instances serve on behind their load balancer: TLS ends at the load balancer. */
    public static final int INSTANCE_PORT = 80;

    private Access() {
    }

    /** What a grant lets the principal do; each use maps to the narrowest IAM actions that serve it. */
    public enum Use {
        /** {@code invokes} a SageMaker endpoint. */
        INVOKE_ENDPOINT("InvokeEndpoints", List.of("sagemaker:InvokeEndpoint")),
        /** {@code reads-writes} an S3 bucket: objects only. */
        READ_WRITE_OBJECTS("ReadWriteObjects", List.of("s3:GetObject", "s3:PutObject")),
        /** A SageMaker endpoint reads its model artifacts. */
        READ_OBJECTS("ReadObjects", List.of("s3:GetObject")),
        /** {@code reads-writes} a DynamoDB table: item reads and writes and queries, no scans, no table management. */
        READ_WRITE_ITEMS("ReadWriteItems", List.of("dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:ConditionCheckItem", "dynamodb:DeleteItem",
                "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:UpdateItem")),
        /** {@code reads-writes} an RDS database: reads the master user secret that RDS manages in Secrets Manager. */
        READ_DATABASE_SECRET("ReadDatabaseSecrets", List.of("secretsmanager:GetSecretValue")),
        /** {@code reads-writes} a cache: a network path only (no IAM). */
        CONNECT("Connect", List.of());

        private final String sid;
        private final List<String> actions;

        Use(String sid, List<String> actions) {
            this.sid = sid;
            this.actions = actions;
        }

        /** The id of the IAM statement that grants this use. */
        public String sid() {
            return sid;
        }

        public List<String> actions() {
            return actions;
        }
    }

    /** One permission of a principal on one target component. */
    public record Grant(Component target, Use use) {
    }

    /** A path a security group must open: {@code from}'s instances may connect to {@code to} on {@code port}. */
    public record Ingress(Component from, Component to, int port) {
    }

    /** A writer's IAM resource for a grant, or null when the grant needs none (a network path only, or out of reach). */
    @FunctionalInterface
    public interface Resource<R> {
        R of(Grant grant, boolean sameRegion);
    }

    /** A writer's IAM statement: allow {@code actions} on {@code resources}. */
    @FunctionalInterface
    public interface Statement<R, S> {
        S of(String sid, List<String> actions, List<R> resources);
    }

    /**
     * The IAM statements of a principal's grants, one per kind of use, each listing exactly the
     * resources of the components it links to, in link order. A database or cache in another
     * Region than the principal goes to {@code unconnected}: the Regions' VPCs are not connected.
     */
    public static <R, S> List<S> statements(Topology topology, Component principal, Resource<R> resource, Consumer<Grant> unconnected,
            Statement<R, S> statement) {
        Map<Use, List<R>> byUse = new LinkedHashMap<>();
        for (Grant g : grants(topology, principal)) {
            boolean sameRegion = Objects.equals(g.target().region(), principal.region());
            R r = resource.of(g, sameRegion);
            if ((g.use() == Use.READ_DATABASE_SECRET || g.use() == Use.CONNECT) && !sameRegion) {
                unconnected.accept(g);
            }
            if (r != null) {
                byUse.computeIfAbsent(g.use(), u -> new ArrayList<>()).add(r);
            }
        }
        List<S> statements = new ArrayList<>();
        byUse.forEach((use, resources) -> statements.add(statement.of(use.sid(), use.actions(), resources)));
        return statements;
    }

    /** The grants of a principal, in the order of its links (a SageMaker endpoint's model artifacts first). */
    public static List<Grant> grants(Topology topology, Component principal) {
        List<Grant> grants = new ArrayList<>();
        if (principal.properties() instanceof Properties.SageMakerEndpoint e && e.modelArtifacts() != null) {
            topology.component(e.modelArtifacts()).ifPresent(bucket -> grants.add(new Grant(bucket, Use.READ_OBJECTS)));
        }
        for (Link link : topology.linksFrom(principal.id())) {
            Component target = topology.component(link.to()).orElseThrow();
            Use use = use(link.kind(), target.kind());
            if (use == null) {
                continue;
            }
            if (use == Use.READ_WRITE_OBJECTS) {
                grants.removeIf(g -> g.use() == Use.READ_OBJECTS && g.target().id().equals(target.id()));
            }
            grants.add(new Grant(target, use));
        }
        return grants;
    }

    private static Use use(LinkKind link, ComponentKind target) {
        if (link == LinkKind.INVOKES && target == ComponentKind.SAGEMAKER_ENDPOINT) {
            return Use.INVOKE_ENDPOINT;
        }
        if (link != LinkKind.READS_WRITES) {
            return null;
        }
        return switch (target) {
            case S3_BUCKET -> Use.READ_WRITE_OBJECTS;
            case DYNAMODB_TABLE -> Use.READ_WRITE_ITEMS;
            case RDS_DATABASE -> Use.READ_DATABASE_SECRET;
            case CACHE -> Use.CONNECT;
            default -> null;
        };
    }

    /**
     * Who may connect to {@code to} over the network: the load balancers that route to an Auto
     * Scaling group, and the principals that read and write a database or cache. Only from the
     * same Region: security groups cannot name each other across VPCs of different Regions.
     */
    public static List<Ingress> ingress(Topology topology, Component to) {
        List<Ingress> rules = new ArrayList<>();
        for (Link link : topology.linksTo(to.id())) {
            Component from = topology.component(link.from()).orElseThrow();
            if (!Objects.equals(from.region(), to.region())) {
                continue;
            }
            boolean lbToGroup = link.kind() == LinkKind.ROUTES_TO && from.kind() == ComponentKind.LOAD_BALANCER
                    && to.kind() == ComponentKind.AUTOSCALING_GROUP;
            boolean dataUse = link.kind() == LinkKind.READS_WRITES && (to.kind() == ComponentKind.RDS_DATABASE || to.kind() == ComponentKind.CACHE)
                    && NetworkPlan.needsNetwork(from.kind());
            if (lbToGroup || dataUse) {
                rules.add(new Ingress(from, to, port(to)));
            }
        }
        return rules;
    }

    /** The port a component serves on: a database engine's, Redis/Valkey's, a load balancer's listener, instances' {@link #INSTANCE_PORT}. */
    public static int port(Component c) {
        return switch (c.kind()) {
            case RDS_DATABASE -> "postgres".equals(c.props(Properties.RdsDatabase.class).engine()) ? 5432 : 3306;
            case CACHE -> 6379;
            case LOAD_BALANCER -> c.props(Properties.LoadBalancer.class).port();
            default -> INSTANCE_PORT;
        };
    }
}

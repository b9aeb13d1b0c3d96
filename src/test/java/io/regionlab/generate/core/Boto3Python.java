package io.regionlab.generate.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs Python for the boto3 writer's tests: the first of {@code python3} and {@code /usr/bin/python3}
 * that imports boto3 and botocore (.ci/run installs Debian's when neither does), with no AWS
 * credentials, no AWS config, no instance metadata and a proxy that answers nothing, so a script
 * that tried to reach AWS would fail instead of reaching it.
 */
final class Boto3Python {

    static final Path CHECKER = Path.of("tools/boto3-check/check.py");
    private static final String INTERPRETER = find();

    /** What a finished process printed (stdout and stderr together) and its exit code. */
    record Run(int exitCode, String output) {
    }

    private Boto3Python() {
    }

    static Run run(Path workDir, String... args) {
        List<String> command = new ArrayList<>();
        command.add(INTERPRETER);
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("AWS_"));
        env.put("AWS_CONFIG_FILE", "/nonexistent/aws-config");
        env.put("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/aws-credentials");
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("HTTPS_PROXY", "http://127.0.0.1:9");
        env.put("HTTP_PROXY", "http://127.0.0.1:9");
        env.put("PYTHONDONTWRITEBYTECODE", "1");
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("python did not finish: " + command);
            }
            return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code content} to a file in a new temporary folder. */
    static Path write(String fileName, String content) {
        try {
            Path dir = Files.createTempDirectory("boto3-");
            dir.toFile().deleteOnExit();
            Path file = dir.resolve(fileName);
            Files.writeString(file, content);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String find() {
        for (String candidate : List.of("python3", "/usr/bin/python3")) {
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import boto3, botocore").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return candidate;
                }
            } catch (IOException e) {
                // not installed: try the next one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("No python3 here imports boto3 and botocore: install Debian's python3-boto3 (as .ci/run does)");
    }
}

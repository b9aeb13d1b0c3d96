package io.regionlab.generate.core;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Names the writers share: logical ids from component ids, stack names, and the names of
 * resources that must be unique in an account (buckets, tables). All pure and deterministic.
 */
public final class Naming {

    /**
     * The longest fixed part of a bucket name. The writers append {@code -<account id>-<Region>}
     * (1 + 12 + 1 + at most 15 characters) to stay within S3's 63.
     */
    public static final int BUCKET_PREFIX_MAX = 63 - (1 + 12 + 1 + 15);

    private Naming() {
    }

    /** PascalCase of a component id, for logical ids: {@code api-asg} → {@code ApiAsg}, {@code use1-alb} → {@code Use1Alb}. */
    public static String pascal(String id) {
        StringBuilder out = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }

    /** A lower-case name of letters, digits and single hyphens that starts with a letter: {@code "ML Inference_1"} → {@code ml-inference-1}. */
    public static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
            s = "d-" + s;
        }
        return s.replaceAll("-+$", "");
    }

    /** The letter that tells a zone apart within its Region, for logical ids: ({@code us-west-2}, {@code us-west-2a}) → {@code A}. */
    public static String zoneSuffix(String region, String zone) {
        String rest = zone.startsWith(region) ? zone.substring(region.length()) : zone;
        return pascal(rest);
    }

    /** A CloudFormation stack name (at most 128 characters, starting with a letter): the design's slug and a part. */
    public static String stackName(String design, String part) {
        return shorten(slug(design) + "-" + part, 128);
    }

    /** The fixed part of a bucket's name; the bucket is named {@code <prefix>-<account id>-<Region>}. */
    public static String bucketPrefix(String design, String componentId) {
        return shorten(slug(design) + "-" + componentId, BUCKET_PREFIX_MAX);
    }

    /** A name unique within an account and Region for resources that need a fixed name (DynamoDB tables: at most 255). */
    public static String resourceName(String design, String componentId, int max) {
        return shorten(slug(design) + "-" + componentId, max);
    }

    /** {@code name} cut to {@code max} characters, ending in a short hash of the whole when cut, so names stay unique. */
    static String shorten(String name, int max) {
        if (name.length() <= max) {
            return name;
        }
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        String hash = String.format("%08x", crc.getValue()).substring(0, 6);
        String head = name.substring(0, max - hash.length() - 1).replaceAll("-+$", "");
        return head + "-" + hash;
    }
}

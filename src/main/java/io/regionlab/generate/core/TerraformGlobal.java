package io.regionlab.generate.core;

import static io.regionlab.generate.core.TerraformHcl.expr;
import static io.regionlab.generate.core.TerraformHcl.list;
import static io.regionlab.generate.core.TerraformHcl.num;
import static io.regionlab.generate.core.TerraformHcl.strings;
import static io.regionlab.generate.core.TerraformModule.GLOBAL_REGION;
import static io.regionlab.generate.core.TerraformModule.refExpr;
import static io.regionlab.generate.core.TerraformModule.tf;

import io.regionlab.generate.core.TerraformHcl.Block;
import io.regionlab.generate.core.TerraformHcl.Expr;
import io.regionlab.topology.core.Component;
import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.Link;
import io.regionlab.topology.core.LinkKind;
import io.regionlab.topology.core.Properties;
import io.regionlab.topology.core.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * CloudFront distributions and Route 53 records with their health checks, through the us-east-1
 * provider. Unlike CloudFormation's global stack, they refer to the regional resources directly:
 * one root module spans every Region.
 */
final class TerraformGlobal {

    private TerraformGlobal() {
    }

    static void cdn(TerraformModule m, Component c) {
        Properties.Cdn p = c.props(Properties.Cdn.class);
        String name = tf(c);
        List<Component> origins = CfnGlobal.origins(m.topology, c);
        if (origins.isEmpty()) {
            return;
        }
        List<String> notes = new ArrayList<>();
        Block oac = null;
        if (origins.stream().anyMatch(o -> o.kind() == ComponentKind.S3_BUCKET)) {
            oac = m.resource("aws_cloudfront_origin_access_control", name, GLOBAL_REGION);
            oac.set("name", TerraformModule.name(c.id(), 64)).set("description", "Signed requests from " + c.id() + " to its S3 origins");
            oac.set("origin_access_control_origin_type", "s3").set("signing_behavior", "always").set("signing_protocol", "sigv4");
        }
        boolean api = origins.get(0).kind() == ComponentKind.LOAD_BALANCER;
        Expr cachePolicy = m.sharedData("aws_cloudfront_cache_policy", api ? "caching_disabled" : "caching_optimized", GLOBAL_REGION, "id",
                d -> d.set("name", api ? "Managed-CachingDisabled" : "Managed-CachingOptimized"));
        Expr requestPolicy = api ? m.sharedData("aws_cloudfront_origin_request_policy", "all_viewer", GLOBAL_REGION, "id",
                d -> d.set("name", "Managed-AllViewer")) : null;

        Block d = m.resource("aws_cloudfront_distribution", name, GLOBAL_REGION);
        d.set("enabled", true).set("comment", m.topology.name() + ": " + c.id()).set("price_class", p.priceClass()).set("http_version", "http2and3");
        List<String> domains = domains(m.topology, c);
        if (!domains.isEmpty()) {
            d.set("aliases", strings(domains));
        }
        for (Component o : origins) {
            Block origin = d.block("origin");
            origin.set("origin_id", o.id());
            if (o.kind() == ComponentKind.LOAD_BALANCER) {
                int port = Access.port(o);
                origin.set("domain_name", expr("aws_lb." + tf(o) + ".dns_name"));
                Block custom = origin.block("custom_origin_config");
                custom.set("http_port", port == 443 ? Access.INSTANCE_PORT : port).set("https_port", 443)
                        .set("origin_protocol_policy", port == 443 ? "https-only" : "http-only").set("origin_ssl_protocols", strings(List.of("TLSv1.2")));
            } else {
                origin.set("domain_name", expr("aws_s3_bucket." + tf(o) + ".bucket_regional_domain_name"));
                origin.set("origin_access_control_id", refExpr(oac, "id"));
            }
        }
        String target = origins.get(0).id();
        boolean group = p.originFailover() && origins.size() >= 2;
        if (group) {
            target = c.id() + "-failover";
            Block g = d.block("origin_group");
            g.set("origin_id", target);
            g.block("failover_criteria").set("status_codes", list(num(500), num(502), num(503), num(504)));
            g.block("member").set("origin_id", origins.get(0).id());
            g.block("member").set("origin_id", origins.get(1).id());
            notes.add("CloudFront " + c.id() + " fails over from " + origins.get(0).id() + " to " + origins.get(1).id() + " on 500, 502, 503 and 504 "
                    + "and on connection failures, for GET, HEAD and OPTIONS requests only: CloudFront does not fail over other methods, and refuses "
                    + "them on a cache behavior that targets an origin group." + (origins.size() > 2 ? " An origin group has two members; "
                    + String.join(", ", origins.subList(2, origins.size()).stream().map(Component::id).toList()) + " are origins outside it." : ""));
        } else if (p.originFailover()) {
            notes.add("CloudFront " + c.id() + " asks for origin failover but has one origin: failover needs a second.");
        }
        Block behavior = d.block("default_cache_behavior");
        behavior.set("target_origin_id", target).set("viewer_protocol_policy", "redirect-to-https").set("compress", true);
        behavior.set("allowed_methods", strings(api && !group ? List.of("GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE")
                : List.of("GET", "HEAD", "OPTIONS")));
        behavior.set("cached_methods", strings(List.of("GET", "HEAD")));
        behavior.set("cache_policy_id", cachePolicy);
        if (api) {
            behavior.set("origin_request_policy_id", requestPolicy);
            notes.add("CloudFront " + c.id() + " passes every request to its load balancers uncached (managed policies CachingDisabled and "
                    + "AllViewer): the viewer's Host header goes to the origin, so each load balancer's certificate must cover the distribution's domain.");
        }
        d.block("restrictions").block("geo_restriction").set("restriction_type", "none");
        Block viewer = d.block("viewer_certificate");
        if (domains.isEmpty()) {
            viewer.set("cloudfront_default_certificate", true);
        } else {
            Expr cert = m.variable(name + "_certificate_arn", "ARN of the ACM certificate in us-east-1 for " + String.join(", ", domains)
                    + ", served by " + c.id(), null, "can(regex(\"^arn:aws[a-z-]*:acm:us-east-1:[0-9]{12}:certificate/[0-9a-f-]+$\", var." + name
                    + "_certificate_arn))", "Give the ARN of an ACM certificate in us-east-1: CloudFront takes its certificates from there.");
            viewer.set("acm_certificate_arn", cert).set("ssl_support_method", "sni-only").set("minimum_protocol_version", "TLSv1.2_2021");
        }
        if (!notes.isEmpty()) {
            d.comment(String.join(" ", notes));
        }
        m.output(name + "_domain_name", "Domain name of CloudFront distribution " + c.id(), refExpr(d, "domain_name"));
    }

    /** The domains of the DNS records that route to a distribution: its aliases. */
    private static List<String> domains(Topology topology, Component cdn) {
        List<String> domains = new ArrayList<>();
        for (Link l : topology.linksTo(cdn.id())) {
            Component from = topology.component(l.from()).orElseThrow();
            if (l.kind() == LinkKind.ROUTES_TO && from.kind() == ComponentKind.DNS_RECORD) {
                String domain = from.props(Properties.DnsRecord.class).domain();
                if (!domains.contains(domain)) {
                    domains.add(domain);
                }
            }
        }
        return domains;
    }

    static void dns(TerraformModule m, Component c) {
        Properties.DnsRecord p = c.props(Properties.DnsRecord.class);
        String name = tf(c);
        DnsTargets targets = DnsTargets.of(m.topology, c);
        if (targets.routable().isEmpty()) {
            return;
        }
        Expr zone = m.variable(name + "_hosted_zone_id", "Route 53 hosted zone that holds " + p.domain(), null,
                "can(regex(\"^Z[A-Z0-9]{1,32}$\", var." + name + "_hosted_zone_id))", "Give the id of a Route 53 hosted zone, such as the one of "
                + p.domain() + "'s parent domain.");
        List<String> notes = new ArrayList<>();
        List<Component> chosen = targets.chosen();
        List<String> left = targets.leftOut();
        if (!left.isEmpty()) {
            notes.add("No record for " + String.join(", ", left) + ": " + targets.whyLeftOut());
        }
        if (targets.lacksSecondary()) {
            notes.add("A failover record with only a primary: add a secondary target in another Region.");
        }
        notes.add("Record " + p.domain() + " (" + c.id() + ", " + p.policy() + " routing): alias records take the TTL of their target, so the design's "
                + "TTL of " + p.ttl() + " s does not apply.");
        for (int i = 0; i < chosen.size(); i++) {
            Component target = chosen.get(i);
            Block record = m.resource("aws_route53_record", name + "_" + tf(target), GLOBAL_REGION);
            if (i == 0) {
                record.comment(String.join(" ", notes));
            }
            record.set("zone_id", zone).set("name", p.domain()).set("type", "A");
            if (!"simple".equals(p.policy())) {
                record.set("set_identifier", target.id());
            }
            switch (p.policy()) {
                case "failover" -> record.block("failover_routing_policy").set("type", i == 0 ? "PRIMARY" : "SECONDARY");
                case "latency" -> record.block("latency_routing_policy").set("region", target.region());
                case "weighted" -> record.block("weighted_routing_policy").set("weight", 1);
                case "geoproximity" -> record.block("geoproximity_routing_policy").set("aws_region", target.region()).set("bias", 0);
                default -> {
                }
            }
            if (p.healthChecks() && target.kind() == ComponentKind.LOAD_BALANCER) {
                record.set("health_check_id", healthCheck(m, target));
            }
            Block alias = record.block("alias");
            if (target.kind() == ComponentKind.CDN) {
                alias.set("name", expr("aws_cloudfront_distribution." + tf(target) + ".domain_name"))
                        .set("zone_id", expr("aws_cloudfront_distribution." + tf(target) + ".hosted_zone_id")).set("evaluate_target_health", false);
            } else {
                alias.set("name", expr("aws_lb." + tf(target) + ".dns_name")).set("zone_id", expr("aws_lb." + tf(target) + ".zone_id"))
                        .set("evaluate_target_health", true);
            }
        }
    }

    /** One Route 53 health check per load balancer, through its DNS name, on its listener's port and health check path. */
    private static Expr healthCheck(TerraformModule m, Component lb) {
        String name = tf(lb);
        if (!m.declared("resource.aws_route53_health_check." + name)) {
            Properties.LoadBalancer p = lb.props(Properties.LoadBalancer.class);
            Block hc = m.resource("aws_route53_health_check", name, GLOBAL_REGION);
            hc.set("type", p.port() == 443 ? "HTTPS" : "HTTP").set("fqdn", expr("aws_lb." + name + ".dns_name")).set("port", p.port())
                    .set("resource_path", p.healthCheckPath()).set("request_interval", 30).set("failure_threshold", 3);
            hc.set("tags", TerraformModule.nameTag(TerraformModule.name(lb.id(), 255)));
        }
        return expr("aws_route53_health_check." + name + ".id");
    }
}

package io.regionlab.generate.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.regionlab.topology.core.Component;
import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.Link;
import io.regionlab.topology.core.LinkKind;
import io.regionlab.topology.core.Properties;
import io.regionlab.topology.core.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * The global stack: CloudFront distributions and Route 53 records with their health checks. It
 * deploys last, and takes the load balancers' DNS names and canonical hosted zone ids, and the
 * buckets' domain names, as parameters from the regional stacks.
 */
final class CfnGlobal {

    /** The hosted zone id of every CloudFront distribution, for alias records (fixed by AWS). */
    static final String CLOUDFRONT_HOSTED_ZONE_ID = "Z2FDTNDATAQYW2";
    /** AWS managed CloudFront policies, by their documented ids. */
    static final String CACHING_DISABLED = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";
    static final String CACHING_OPTIMIZED = "658327ea-f89d-4fab-a63d-7e88639e58f6";
    static final String ALL_VIEWER = "216adef6-5c7f-47e4-b989-5492eafa07d3";

    private CfnGlobal() {
    }

    /** The load balancers and buckets a distribution routes to, in link order; the one in the primary Region first. */
    static List<Component> origins(Topology topology, Component cdn) {
        List<Component> origins = new ArrayList<>();
        for (Link l : topology.linksFrom(cdn.id())) {
            Component target = topology.component(l.to()).orElseThrow();
            if (l.kind() == LinkKind.ROUTES_TO && (target.kind() == ComponentKind.LOAD_BALANCER || target.kind() == ComponentKind.S3_BUCKET)) {
                origins.add(target);
            }
        }
        origins.stream().filter(o -> DnsTargets.inPrimary(topology, o)).findFirst().ifPresent(primary -> {
            origins.remove(primary);
            origins.add(0, primary);
        });
        return origins;
    }

    static void cdn(CfnBuild b, Component c) {
        CfnStack s = b.stackOf(c);
        CfnTemplate t = s.template;
        Properties.Cdn p = c.props(Properties.Cdn.class);
        String id = Naming.pascal(c.id());
        List<Component> origins = origins(b.topology, c);
        if (origins.isEmpty()) {
            t.note("CloudFront " + c.id() + " routes to no load balancer or bucket, so no distribution is generated for it.");
            return;
        }
        boolean s3 = origins.stream().anyMatch(o -> o.kind() == ComponentKind.S3_BUCKET);
        if (s3) {
            ObjectNode oac = Json.obj().put("Name", Naming.shorten(b.design + "-" + c.id(), 64))
                    .put("Description", "Signed requests from " + c.id() + " to its S3 origins")
                    .put("OriginAccessControlOriginType", "s3").put("SigningBehavior", "always").put("SigningProtocol", "sigv4");
            t.add(id + "OriginAccessControl", "AWS::CloudFront::OriginAccessControl").props().set("OriginAccessControlConfig", oac);
        }
        ArrayNode originNodes = Json.arr();
        for (Component o : origins) {
            String oid = Naming.pascal(o.id());
            ObjectNode origin = Json.obj().put("Id", o.id());
            if (o.kind() == ComponentKind.LOAD_BALANCER) {
                int port = Access.port(o);
                origin.set("DomainName", b.ref(s, o, oid, "DNSName", oid + "DnsName", "String", "DNS name of load balancer " + o.id()));
                ObjectNode custom = Json.obj().put("OriginProtocolPolicy", port == 443 ? "https-only" : "http-only");
                custom.put(port == 443 ? "HTTPSPort" : "HTTPPort", port);
                custom.set("OriginSSLProtocols", Json.arr("TLSv1.2"));
                origin.set("CustomOriginConfig", custom);
            } else {
                origin.set("DomainName", b.ref(s, o, oid, "RegionalDomainName", oid + "RegionalDomainName", "String", "Regional domain name of bucket " + o.id()));
                origin.set("S3OriginConfig", Json.obj().put("OriginAccessIdentity", ""));
                origin.set("OriginAccessControlId", Cfn.getAtt(id + "OriginAccessControl", "Id"));
            }
            originNodes.add(origin);
        }

        ObjectNode config = Json.obj().put("Enabled", true).put("Comment", b.topology.name() + ": " + c.id())
                .put("PriceClass", p.priceClass()).put("HttpVersion", "http2and3");
        config.set("Origins", originNodes);
        String target = origins.get(0).id();
        boolean group = p.originFailover() && origins.size() >= 2;
        if (group) {
            target = c.id() + "-failover";
            ObjectNode g = Json.obj().put("Id", target);
            g.set("FailoverCriteria", Json.obj().set("StatusCodes", Json.obj().put("Quantity", 4).set("Items", Json.arr(500, 502, 503, 504))));
            ObjectNode members = Json.obj().put("Quantity", 2);
            members.set("Items", Json.arr(Json.obj().put("OriginId", origins.get(0).id()), Json.obj().put("OriginId", origins.get(1).id())));
            g.set("Members", members);
            config.set("OriginGroups", Json.obj().put("Quantity", 1).set("Items", Json.arr(g)));
            t.note("CloudFront " + c.id() + " fails over from " + origins.get(0).id() + " to " + origins.get(1).id()
                    + " on 500, 502, 503 and 504 and on connection failures, for GET, HEAD and OPTIONS requests only: CloudFront does not fail over "
                    + "other methods, and refuses them on a cache behavior that targets an origin group." + (origins.size() > 2 ? " An origin group has two members; "
                    + String.join(", ", origins.subList(2, origins.size()).stream().map(Component::id).toList()) + " are origins outside it." : ""));
        } else if (p.originFailover()) {
            t.note("CloudFront " + c.id() + " asks for origin failover but has one origin: failover needs a second.");
        }
        boolean api = origins.get(0).kind() == ComponentKind.LOAD_BALANCER;
        ObjectNode behavior = Json.obj().put("TargetOriginId", target).put("ViewerProtocolPolicy", "redirect-to-https").put("Compress", true);
        if (api && !group) {
            behavior.set("AllowedMethods", Json.arr("GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"));
        } else {
            behavior.set("AllowedMethods", Json.arr("GET", "HEAD", "OPTIONS"));
        }
        behavior.set("CachedMethods", Json.arr("GET", "HEAD"));
        behavior.put("CachePolicyId", api ? CACHING_DISABLED : CACHING_OPTIMIZED);
        if (api) {
            behavior.put("OriginRequestPolicyId", ALL_VIEWER);
            t.note("CloudFront " + c.id() + " passes every request to its load balancers uncached (managed policies CachingDisabled and AllViewer): "
                    + "the viewer's Host header goes to the origin, so each load balancer's certificate must cover the distribution's domain.");
        }
        config.set("DefaultCacheBehavior", behavior);

        List<String> domains = new ArrayList<>();
        for (Component dns : b.topology.componentsOf(ComponentKind.DNS_RECORD)) {
            String domain = dns.props(Properties.DnsRecord.class).domain();
            if (DnsTargets.of(b.topology, dns).chosen().contains(c) && !domains.contains(domain)) {
                domains.add(domain);
            }
        }
        if (domains.isEmpty()) {
            config.set("ViewerCertificate", Json.obj().put("CloudFrontDefaultCertificate", true));
        } else {
            String cert = id + "CertificateArn";
            t.parameter(cert, "String", "ARN of the ACM certificate in us-east-1 for " + String.join(", ", domains) + ", served by " + c.id())
                    .put("AllowedPattern", "^arn:aws[a-z-]*:acm:us-east-1:[0-9]{12}:certificate/[0-9a-f-]+$");
            config.set("Aliases", Json.list(domains));
            ObjectNode viewer = Json.obj();
            viewer.set("AcmCertificateArn", Cfn.ref(cert));
            viewer.put("SslSupportMethod", "sni-only").put("MinimumProtocolVersion", "TLSv1.2_2021");
            config.set("ViewerCertificate", viewer);
        }
        t.add(id, "AWS::CloudFront::Distribution").props().set("DistributionConfig", config);
        t.output(id + "DomainName", Cfn.getAtt(id, "DomainName"), "Domain name of CloudFront distribution " + c.id());
    }

    static void dns(CfnBuild b, Component c) {
        CfnStack s = b.stackOf(c);
        CfnTemplate t = s.template;
        Properties.DnsRecord p = c.props(Properties.DnsRecord.class);
        String id = Naming.pascal(c.id());
        DnsTargets targets = DnsTargets.of(b.topology, c);
        if (targets.routable().isEmpty()) {
            t.note("Record " + p.domain() + " (" + c.id() + ") routes to nothing that can be generated, so no record is.");
            return;
        }
        String zone = id + "HostedZoneId";
        t.parameter(zone, "AWS::Route53::HostedZone::Id", "Route 53 hosted zone that holds " + p.domain());

        List<Component> chosen = targets.chosen();
        targets.notes(c).forEach(t::note);
        ArrayNode records = Json.arr();
        for (int i = 0; i < chosen.size(); i++) {
            Component target = chosen.get(i);
            ObjectNode record = Json.obj().put("Name", p.domain() + ".").put("Type", "A");
            record.set("AliasTarget", alias(b, s, target));
            if (!"simple".equals(p.policy())) {
                record.put("SetIdentifier", target.id());
            }
            switch (p.policy()) {
                case "failover" -> record.put("Failover", i == 0 ? "PRIMARY" : "SECONDARY");
                case "latency" -> record.put("Region", target.region());
                case "weighted" -> record.put("Weight", 1);
                case "geoproximity" -> record.set("GeoProximityLocation", Json.obj().put("AWSRegion", target.region()).put("Bias", 0));
                default -> {
                }
            }
            if (p.healthChecks() && target.kind() == ComponentKind.LOAD_BALANCER) {
                record.set("HealthCheckId", Cfn.ref(healthCheck(b, s, c, target)));
            }
            records.add(record);
        }
        ObjectNode group = t.add(id + "Records", "AWS::Route53::RecordSetGroup").props();
        group.set("HostedZoneId", Cfn.ref(zone));
        group.put("Comment", b.topology.name() + ": " + c.id() + " (" + p.policy() + " routing)");
        group.set("RecordSets", records);
        t.note("Record " + p.domain() + " (" + c.id() + "): alias records, which take the TTL of their target, so the design's TTL of " + p.ttl()
                + " s does not apply. The records are one AWS::Route53::RecordSetGroup because the resource schema has GeoProximityLocation only "
                + "there, and one change batch keeps a set of routed records consistent.");
    }

    private static JsonNode alias(CfnBuild b, CfnStack s, Component target) {
        ObjectNode alias = Json.obj();
        String tid = Naming.pascal(target.id());
        if (target.kind() == ComponentKind.CDN) {
            alias.set("DNSName", Cfn.getAtt(tid, "DomainName"));
            alias.put("HostedZoneId", CLOUDFRONT_HOSTED_ZONE_ID);
            alias.put("EvaluateTargetHealth", false);
        } else {
            alias.set("DNSName", b.ref(s, target, tid, "DNSName", tid + "DnsName", "String", "DNS name of load balancer " + target.id()));
            alias.set("HostedZoneId", b.ref(s, target, tid, "CanonicalHostedZoneID", tid + "CanonicalHostedZoneId", "String",
                    "Canonical hosted zone id of load balancer " + target.id()));
            alias.put("EvaluateTargetHealth", true);
        }
        return alias;
    }

    /** A Route 53 health check of a load balancer through its DNS name, on its listener's port and health check path. */
    private static String healthCheck(CfnBuild b, CfnStack s, Component dns, Component lb) {
        String id = Naming.pascal(dns.id()) + Naming.pascal(lb.id()) + "HealthCheck";
        Properties.LoadBalancer p = lb.props(Properties.LoadBalancer.class);
        String lbId = Naming.pascal(lb.id());
        ObjectNode config = Json.obj().put("Type", p.port() == 443 ? "HTTPS" : "HTTP");
        config.set("FullyQualifiedDomainName", b.ref(s, lb, lbId, "DNSName", lbId + "DnsName", "String", "DNS name of load balancer " + lb.id()));
        config.put("Port", p.port()).put("ResourcePath", p.healthCheckPath()).put("RequestInterval", 30).put("FailureThreshold", 3);
        ObjectNode tag = Json.obj().put("Key", "Name").put("Value", dns.id() + " to " + lb.id());
        ObjectNode hc = s.template.add(id, "AWS::Route53::HealthCheck").props();
        hc.set("HealthCheckConfig", config);
        hc.set("HealthCheckTags", Json.arr(tag));
        return id;
    }
}

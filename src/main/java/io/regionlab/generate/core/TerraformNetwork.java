package io.regionlab.generate.core;

import static io.regionlab.generate.core.TerraformHcl.list;
import static io.regionlab.generate.core.TerraformModule.address;
import static io.regionlab.generate.core.TerraformModule.nameTag;
import static io.regionlab.generate.core.TerraformModule.refExpr;

import io.regionlab.generate.core.TerraformHcl.Block;
import io.regionlab.generate.core.TerraformHcl.Expr;
import io.regionlab.topology.core.Component;
import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.Properties;
import java.util.ArrayList;
import java.util.List;

/**
 * A Region's network, as the CloudFormation writer builds it: the VPC of {@link NetworkPlan}, a
 * public and a private subnet per zone, an internet gateway, a NAT gateway per zone (so losing a
 * zone does not cut the others off), S3 and DynamoDB gateway endpoints; and the security groups of
 * components, opened only along the design's links ({@link Access}).
 */
final class TerraformNetwork {

    private TerraformNetwork() {
    }

    static void write(TerraformModule m, String region) {
        NetworkPlan net = m.networks.get(region);
        String r = TerraformModule.alias(region);
        Block vpc = m.resource("aws_vpc", r, region);
        vpc.comment("Network of " + region + ". NAT: one NAT gateway per zone, so losing a zone does not cut the other zones' private "
                + "subnets off; one per Region would cost less but make a single zone every instance's way out. S3 and DynamoDB traffic "
                + "bypasses NAT through gateway endpoints.");
        vpc.set("cidr_block", net.vpcCidr()).set("enable_dns_hostnames", true).set("enable_dns_support", true);
        vpc.set("tags", nameTag(TerraformModule.name(region, 255)));

        Block igw = m.resource("aws_internet_gateway", r, region);
        igw.set("vpc_id", refExpr(vpc, "id"));
        igw.set("tags", nameTag(TerraformModule.name(region + "-igw", 255)));

        Block publicTable = m.resource("aws_route_table", r + "_public", region);
        publicTable.set("vpc_id", refExpr(vpc, "id"));
        publicTable.set("tags", nameTag(TerraformModule.name(region + "-public", 255)));
        Block publicRoute = m.resource("aws_route", r + "_public_default", region);
        publicRoute.set("route_table_id", refExpr(publicTable, "id")).set("destination_cidr_block", "0.0.0.0/0")
                .set("gateway_id", refExpr(igw, "id"));

        List<Expr> privateTables = new ArrayList<>();
        for (NetworkPlan.ZoneSubnets zone : net.zones()) {
            String z = TerraformModule.zoneName(region, zone.zone());
            Block pub = subnet(m, region, z + "_public", vpc, zone.zone(), zone.publicCidr(), "public-" + zone.zone());
            association(m, region, z + "_public", pub, publicTable);
            Block eip = m.resource("aws_eip", z + "_nat", region);
            eip.set("domain", "vpc");
            eip.set("tags", nameTag(TerraformModule.name("nat-" + zone.zone(), 255)));
            eip.set("depends_on", list(address(igw)));
            Block nat = m.resource("aws_nat_gateway", z, region);
            nat.set("allocation_id", refExpr(eip, "id")).set("subnet_id", refExpr(pub, "id"));
            nat.set("tags", nameTag(TerraformModule.name("nat-" + zone.zone(), 255)));
            nat.set("depends_on", list(address(igw)));

            Block priv = subnet(m, region, z + "_private", vpc, zone.zone(), zone.privateCidr(), "private-" + zone.zone());
            Block table = m.resource("aws_route_table", z + "_private", region);
            table.set("vpc_id", refExpr(vpc, "id"));
            table.set("tags", nameTag(TerraformModule.name("private-" + zone.zone(), 255)));
            Block route = m.resource("aws_route", z + "_private_default", region);
            route.set("route_table_id", refExpr(table, "id")).set("destination_cidr_block", "0.0.0.0/0").set("nat_gateway_id", refExpr(nat, "id"));
            association(m, region, z + "_private", priv, table);
            privateTables.add(refExpr(table, "id"));
        }
        gatewayEndpoint(m, region, "s3", vpc, privateTables);
        gatewayEndpoint(m, region, "dynamodb", vpc, privateTables);
    }

    private static Block subnet(TerraformModule m, String region, String name, Block vpc, String zone, String cidr, String tag) {
        Block s = m.resource("aws_subnet", name, region);
        s.set("vpc_id", refExpr(vpc, "id")).set("availability_zone", zone).set("cidr_block", cidr);
        s.set("tags", nameTag(TerraformModule.name(tag, 255)));
        return s;
    }

    private static void association(TerraformModule m, String region, String name, Block subnet, Block table) {
        Block a = m.resource("aws_route_table_association", name, region);
        a.set("subnet_id", refExpr(subnet, "id")).set("route_table_id", refExpr(table, "id"));
    }

    private static void gatewayEndpoint(TerraformModule m, String region, String service, Block vpc, List<Expr> routeTables) {
        Block e = m.resource("aws_vpc_endpoint", TerraformModule.alias(region) + "_" + service, region);
        e.set("vpc_id", refExpr(vpc, "id")).set("service_name", "com.amazonaws." + region + "." + service).set("vpc_endpoint_type", "Gateway");
        e.set("route_table_ids", list(routeTables));
        e.set("tags", nameTag(TerraformModule.name(region + "-" + service, 255)));
    }

    /**
     * A component's security group: inbound only from the security groups of what links to it (a load
     * balancer: from its clients), outbound open as in a new VPC security group (Terraform removes that
     * default rule unless it is declared).
     */
    static void securityGroup(TerraformModule m, Component c) {
        String region = c.region();
        String name = TerraformModule.tf(c);
        List<Access.Ingress> ingress = Access.ingress(m.topology, c);
        boolean clients = c.kind() == ComponentKind.LOAD_BALANCER;
        Block sg = m.resource("aws_security_group", name, region);
        sg.set("name", TerraformModule.name(c.id(), 255));
        sg.set("description", c.kind().code() + " " + c.id() + ": " + (ingress.isEmpty() && !clients ? "no inbound traffic"
                : "inbound only from what the design links to it"));
        sg.set("vpc_id", m.vpc(region));
        sg.set("tags", nameTag(TerraformModule.name(c.id(), 255)));

        if (clients) {
            Properties.LoadBalancer lb = c.props(Properties.LoadBalancer.class);
            boolean internet = "internet-facing".equals(lb.scheme());
            Block rule = m.resource("aws_vpc_security_group_ingress_rule", name + "_clients", region);
            rule.set("security_group_id", refExpr(sg, "id")).set("description", internet ? "Clients on the internet" : "Clients in the VPC");
            rule.set("ip_protocol", "tcp").set("from_port", lb.port()).set("to_port", lb.port());
            rule.set("cidr_ipv4", internet ? "0.0.0.0/0" : m.networks.get(region).vpcCidr());
        }
        for (Access.Ingress in : ingress) {
            Block rule = m.resource("aws_vpc_security_group_ingress_rule", name + "_from_" + TerraformModule.tf(in.from()), region);
            rule.set("security_group_id", refExpr(sg, "id")).set("description", "From " + in.from().id());
            rule.set("ip_protocol", "tcp").set("from_port", in.port()).set("to_port", in.port());
            rule.set("referenced_security_group_id", TerraformModule.securityGroup(in.from()));
        }
        Block egress = m.resource("aws_vpc_security_group_egress_rule", name + "_all", region);
        egress.set("security_group_id", refExpr(sg, "id")).set("description", "All outbound traffic");
        egress.set("ip_protocol", "-1").set("cidr_ipv4", "0.0.0.0/0");
    }
}

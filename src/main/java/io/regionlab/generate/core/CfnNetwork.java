package io.regionlab.generate.core;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.regionlab.topology.core.Component;
import io.regionlab.topology.core.ComponentKind;
import io.regionlab.topology.core.Properties;
import java.util.ArrayList;
import java.util.List;

/**
 * A Region's network: the VPC, a public and a private subnet per zone the design uses, an internet
 * gateway, one NAT gateway per zone, S3 and DynamoDB gateway endpoints, and the security groups of
 * the Region's components, opened only along the design's links.
 *
 * <p>NAT: one gateway per zone, each private subnet routing through the gateway of its own zone. A
 * single NAT gateway per Region costs less (each gateway is billed by the hour) but is one zone's
 * resource: when that zone fails, instances in the other zones lose their way out, which defeats the
 * point of spreading them over zones. The gateway endpoints keep S3 and DynamoDB traffic (model
 * artifacts, tables) off the NAT gateways entirely.
 */
final class CfnNetwork {

    private CfnNetwork() {
    }

    static void write(CfnBuild b, String region) {
        CfnStack stack = b.networkStack(region);
        CfnTemplate t = stack.template;
        NetworkPlan net = b.networks.get(region);
        t.note("NAT: one NAT gateway per zone, so losing a zone does not cut the other zones' private subnets off; one per Region "
                + "would cost less but make a single zone every instance's way out. S3 and DynamoDB traffic bypasses NAT through gateway endpoints.");

        ObjectNode vpc = t.add("Vpc", "AWS::EC2::VPC").props();
        vpc.put("CidrBlock", net.vpcCidr()).put("EnableDnsHostnames", true).put("EnableDnsSupport", true);
        vpc.set("Tags", Cfn.nameTag("vpc"));
        t.add("InternetGateway", "AWS::EC2::InternetGateway").props().set("Tags", Cfn.nameTag("igw"));
        ObjectNode attach = t.add("InternetGatewayAttachment", "AWS::EC2::VPCGatewayAttachment").props();
        attach.set("VpcId", Cfn.ref("Vpc"));
        attach.set("InternetGatewayId", Cfn.ref("InternetGateway"));
        ObjectNode publicTable = t.add("PublicRouteTable", "AWS::EC2::RouteTable").props();
        publicTable.set("VpcId", Cfn.ref("Vpc"));
        publicTable.set("Tags", Cfn.nameTag("public"));
        ObjectNode publicRoute = t.add("PublicDefaultRoute", "AWS::EC2::Route").dependsOn("InternetGatewayAttachment").props();
        publicRoute.set("RouteTableId", Cfn.ref("PublicRouteTable"));
        publicRoute.put("DestinationCidrBlock", "0.0.0.0/0");
        publicRoute.set("GatewayId", Cfn.ref("InternetGateway"));

        List<Object> privateTables = new ArrayList<>();
        for (NetworkPlan.ZoneSubnets zone : net.zones()) {
            String z = Naming.zoneSuffix(region, zone.zone());
            subnet(t, "PublicSubnet" + z, zone.zone(), zone.publicCidr(), "public-" + zone.zone());
            association(t, "PublicSubnet" + z, "PublicRouteTable");
            ObjectNode eip = t.add("NatEip" + z, "AWS::EC2::EIP").dependsOn("InternetGatewayAttachment").props().put("Domain", "vpc");
            eip.set("Tags", Cfn.nameTag("nat-" + zone.zone()));
            ObjectNode nat = t.add("NatGateway" + z, "AWS::EC2::NatGateway").props();
            nat.set("AllocationId", Cfn.getAtt("NatEip" + z, "AllocationId"));
            nat.set("SubnetId", Cfn.ref("PublicSubnet" + z));
            nat.set("Tags", Cfn.nameTag("nat-" + zone.zone()));

            subnet(t, "PrivateSubnet" + z, zone.zone(), zone.privateCidr(), "private-" + zone.zone());
            ObjectNode table = t.add("PrivateRouteTable" + z, "AWS::EC2::RouteTable").props();
            table.set("VpcId", Cfn.ref("Vpc"));
            table.set("Tags", Cfn.nameTag("private-" + zone.zone()));
            ObjectNode route = t.add("PrivateDefaultRoute" + z, "AWS::EC2::Route").props();
            route.set("RouteTableId", Cfn.ref("PrivateRouteTable" + z));
            route.put("DestinationCidrBlock", "0.0.0.0/0");
            route.set("NatGatewayId", Cfn.ref("NatGateway" + z));
            association(t, "PrivateSubnet" + z, "PrivateRouteTable" + z);
            privateTables.add(Cfn.ref("PrivateRouteTable" + z));
        }
        gatewayEndpoint(t, "S3GatewayEndpoint", "s3", privateTables);
        gatewayEndpoint(t, "DynamoDbGatewayEndpoint", "dynamodb", privateTables);

        for (Component c : b.topology.components()) {
            if (region.equals(c.region()) && b.layout.placed(c) && NetworkPlan.needsNetwork(c.kind())) {
                securityGroup(b, t, c, net);
            }
        }
    }

    private static void subnet(CfnTemplate t, String id, String zone, String cidr, String name) {
        ObjectNode s = t.add(id, "AWS::EC2::Subnet").props();
        s.set("VpcId", Cfn.ref("Vpc"));
        s.put("AvailabilityZone", zone).put("CidrBlock", cidr);
        s.set("Tags", Cfn.nameTag(name));
    }

    private static void association(CfnTemplate t, String subnet, String table) {
        ObjectNode a = t.add(subnet + "RouteTableAssociation", "AWS::EC2::SubnetRouteTableAssociation").props();
        a.set("RouteTableId", Cfn.ref(table));
        a.set("SubnetId", Cfn.ref(subnet));
    }

    private static void gatewayEndpoint(CfnTemplate t, String id, String service, List<Object> routeTables) {
        ObjectNode e = t.add(id, "AWS::EC2::VPCEndpoint").props();
        e.set("VpcId", Cfn.ref("Vpc"));
        e.set("ServiceName", Cfn.sub("com.amazonaws.${AWS::Region}." + service));
        e.put("VpcEndpointType", "Gateway");
        e.set("RouteTableIds", Json.list(routeTables));
    }

    /** A component's security group: ingress only from the security groups of what links to it (a load balancer: from its clients). */
    private static void securityGroup(CfnBuild b, CfnTemplate t, Component c, NetworkPlan net) {
        String id = Naming.pascal(c.id());
        ArrayNode ingress = Json.arr();
        if (c.kind() == ComponentKind.LOAD_BALANCER) {
            Properties.LoadBalancer lb = c.props(Properties.LoadBalancer.class);
            boolean internet = "internet-facing".equals(lb.scheme());
            ingress.add(rule(lb.port(), internet ? "Clients on the internet" : "Clients in the VPC").put("CidrIp", internet ? "0.0.0.0/0" : net.vpcCidr()));
        }
        for (Access.Ingress in : Access.ingress(b.topology, c)) {
            ObjectNode r = rule(in.port(), "From " + in.from().id());
            r.set("SourceSecurityGroupId", Cfn.getAtt(Naming.pascal(in.from().id()) + "SecurityGroup", "GroupId"));
            ingress.add(r);
        }
        ObjectNode sg = t.add(id + "SecurityGroup", "AWS::EC2::SecurityGroup").props();
        sg.put("GroupDescription", c.kind().code() + " " + c.id() + ": " + (ingress.isEmpty() ? "no inbound traffic" : "inbound only from what the design links to it"));
        sg.set("VpcId", Cfn.ref("Vpc"));
        if (!ingress.isEmpty()) {
            sg.set("SecurityGroupIngress", ingress);
        }
        sg.set("Tags", Cfn.nameTag(c.id()));
    }

    private static ObjectNode rule(int port, String description) {
        return Json.obj().put("IpProtocol", "tcp").put("FromPort", port).put("ToPort", port).put("Description", description);
    }
}

package io.regionlab.generate.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** CloudFormation's intrinsic functions and the few JSON shapes every template repeats (IAM documents, tags). */
final class Cfn {

    private Cfn() {
    }

    static ObjectNode ref(String name) {
        return Json.obj().put("Ref", name);
    }

    static ObjectNode getAtt(String logicalId, String attribute) {
        ObjectNode n = Json.obj();
        n.set("Fn::GetAtt", Json.arr(logicalId, attribute));
        return n;
    }

    static ObjectNode sub(String template) {
        return Json.obj().put("Fn::Sub", template);
    }

    static ObjectNode sub(String template, ObjectNode variables) {
        ObjectNode n = Json.obj();
        n.set("Fn::Sub", Json.arr(template, variables));
        return n;
    }

    static ObjectNode select(int index, JsonNode list) {
        ObjectNode n = Json.obj();
        n.set("Fn::Select", Json.arr(index, list));
        return n;
    }

    static ObjectNode split(String delimiter, JsonNode source) {
        ObjectNode n = Json.obj();
        n.set("Fn::Split", Json.arr(delimiter, source));
        return n;
    }

    /** The {@code Fn::Sub} placeholder for a Ref or GetAtt: {@code {"Ref": "X"}} → {@code ${X}}, GetAtt [A, B] → {@code ${A.B}}. */
    static String var(JsonNode refOrGetAtt) {
        if (refOrGetAtt.has("Ref")) {
            return "${" + refOrGetAtt.get("Ref").asText() + "}";
        }
        if (refOrGetAtt.has("Fn::GetAtt")) {
            JsonNode a = refOrGetAtt.get("Fn::GetAtt");
            return "${" + a.get(0).asText() + "." + a.get(1).asText() + "}";
        }
        throw new IllegalArgumentException("not a Ref or GetAtt: " + refOrGetAtt);
    }

    /** {@code value} followed by a literal suffix, e.g. a bucket ARN and {@code /*}. */
    static JsonNode append(JsonNode refOrGetAtt, String suffix) {
        return sub(var(refOrGetAtt) + suffix);
    }

    /** An ARN in the stack's partition: {@code arn:${AWS::Partition}:<rest>}, {@code rest} may use ${} placeholders. */
    static ObjectNode arn(String rest) {
        return sub("arn:${AWS::Partition}:" + rest);
    }

    /** A Name tag that carries the stack's name, so resources are recognisable in the console. */
    static ArrayNode nameTag(String suffix) {
        ObjectNode tag = Json.obj().put("Key", "Name");
        tag.set("Value", sub("${AWS::StackName}-" + suffix));
        return Json.arr(tag);
    }

    static ObjectNode policyDocument(List<ObjectNode> statements) {
        ObjectNode doc = Json.obj().put("Version", "2012-10-17");
        doc.set("Statement", Json.list(statements));
        return doc;
    }

    static ObjectNode allow(String sid, List<String> actions, JsonNode resources) {
        ObjectNode s = Json.obj().put("Sid", sid).put("Effect", "Allow");
        s.set("Action", Json.list(actions));
        s.set("Resource", resources);
        return s;
    }

    /** The trust policy that lets one AWS service assume a role. */
    static ObjectNode trust(String service) {
        ObjectNode s = Json.obj().put("Effect", "Allow");
        s.set("Principal", Json.obj().put("Service", service));
        s.put("Action", "sts:AssumeRole");
        return policyDocument(List.of(s));
    }

    static ObjectNode inlinePolicy(String name, List<ObjectNode> statements) {
        ObjectNode p = Json.obj().put("PolicyName", name);
        p.set("PolicyDocument", policyDocument(statements));
        return p;
    }
}

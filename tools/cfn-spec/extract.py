#!/usr/bin/env python3
"""Extract the CloudFormation resource types RegionLab's writer uses from the AWS service spec.

The CloudFormation resource schemas are published, merged and normalised, in the npm package
@aws-cdk/aws-service-spec (file db.json.gz). CloudFormationSpecTest validates every generated
template against the small extract this script writes to
src/test/resources/cfn-spec/resources.json, so the test needs no network and no npm.

To regenerate (from the repository root; stdlib only, Python 3.8+):

    npm pack @aws-cdk/aws-service-spec@<version>      # e.g. 0.1.216; writes aws-cdk-aws-service-spec-<version>.tgz
    tar -xzf aws-cdk-aws-service-spec-<version>.tgz     # unpacks to package/
    python3 tools/cfn-spec/extract.py package

The version is read from package/package.json and recorded in the JSON. When the writer starts
to use a new resource type, add it to RESOURCE_TYPES below and regenerate: the spec test fails
and names the type until then.

Output format:
    {"source": ..., "version": ...,
     "resources": {"AWS::S3::Bucket": {"properties": {name: {"type": TYPE, "required": true?}},
                                       "attributes": [names]}},
     "types": {"AWS::S3::Bucket.VersioningConfiguration": {"properties": {...}}}}
TYPE is {"type": "string"|"integer"|"number"|"boolean"|"json"|"date-time"|"tag"}, optionally
with "allowed": [values]; {"type": "array"|"map", "element": TYPE}; {"type": "union", "types":
[TYPE...]}; or {"type": "ref", "name": "<resource type>.<type name>"} naming an entry of "types".
"""
import gzip
import json
import os
import sys

RESOURCE_TYPES = sorted([
    "AWS::AutoScaling::AutoScalingGroup",
    "AWS::CloudFront::Distribution",
    "AWS::CloudFront::OriginAccessControl",
    "AWS::DynamoDB::GlobalTable",
    "AWS::DynamoDB::Table",
    "AWS::EC2::EIP",
    "AWS::EC2::InternetGateway",
    "AWS::EC2::LaunchTemplate",
    "AWS::EC2::NatGateway",
    "AWS::EC2::Route",
    "AWS::EC2::RouteTable",
    "AWS::EC2::SecurityGroup",
    "AWS::EC2::Subnet",
    "AWS::EC2::SubnetRouteTableAssociation",
    "AWS::EC2::VPC",
    "AWS::EC2::VPCEndpoint",
    "AWS::EC2::VPCGatewayAttachment",
    "AWS::ElastiCache::ReplicationGroup",
    "AWS::ElastiCache::SubnetGroup",
    "AWS::ElasticLoadBalancingV2::Listener",
    "AWS::ElasticLoadBalancingV2::LoadBalancer",
    "AWS::ElasticLoadBalancingV2::TargetGroup",
    "AWS::IAM::InstanceProfile",
    "AWS::IAM::Role",
    "AWS::RDS::DBInstance",
    "AWS::RDS::DBSubnetGroup",
    "AWS::Route53::HealthCheck",
    "AWS::Route53::RecordSetGroup",
    "AWS::S3::Bucket",
    "AWS::S3::BucketPolicy",
    "AWS::SageMaker::Endpoint",
    "AWS::SageMaker::EndpointConfig",
    "AWS::SageMaker::Model",
    "AWS::SageMaker::NotebookInstance",
])

OUTPUT = os.path.join("src", "test", "resources", "cfn-spec", "resources.json")


def main(package_dir):
    with open(os.path.join(package_dir, "package.json"), encoding="utf-8") as f:
        package = json.load(f)
    with gzip.open(os.path.join(package_dir, "db.json.gz"), "rt", encoding="utf-8") as f:
        schema = json.load(f)["schema"]

    resources = {r["cloudFormationType"]: r for r in schema["resource"]["entities"]}
    type_defs = {t["$id"]: t for t in schema["typeDefinition"]["entities"]}
    uses_type = schema["usesType"]["forward"]

    missing = [t for t in RESOURCE_TYPES if t not in resources]
    if missing:
        sys.exit("not in the spec: " + ", ".join(missing))

    out_resources = {}
    out_types = {}
    for cfn_type in RESOURCE_TYPES:
        resource = resources[cfn_type]
        # Names of this resource's type definitions; a name used twice gets its id appended.
        ids = [u["$id"] for u in uses_type.get(resource["$id"], [])]
        by_name = {}
        for tid in ids:
            by_name.setdefault(type_defs[tid]["name"], []).append(tid)
        names = {}
        for name, tids in by_name.items():
            for tid in tids:
                names[tid] = cfn_type + "." + (name if len(tids) == 1 else name + "#" + tid)

        def convert(t):
            kind = t["type"]
            if kind == "ref":
                tid = t["reference"]["$ref"]
                if tid not in names:
                    names[tid] = cfn_type + "." + type_defs[tid]["name"]
                add_type(tid)
                return {"type": "ref", "name": names[tid]}
            if kind in ("array", "map"):
                return {"type": kind, "element": convert(t["element"])}
            if kind == "union":
                return {"type": "union", "types": [convert(x) for x in t["types"]]}
            out = {"type": kind}
            if t.get("allowedValues"):
                out["allowed"] = sorted(t["allowedValues"], key=str)
            return out

        def props(properties):
            out = {}
            for name in sorted(properties):
                p = properties[name]
                entry = {"type": convert(p["type"])}
                if p.get("required"):
                    entry["required"] = True
                out[name] = entry
            return out

        def add_type(tid):
            name = names[tid]
            if name in out_types:
                return
            out_types[name] = None  # placeholder against recursion
            out_types[name] = {"properties": props(type_defs[tid].get("properties", {}))}

        out_resources[cfn_type] = {
            "properties": props(resource.get("properties", {})),
            "attributes": sorted(resource.get("attributes", {})),
        }

    result = {
        "source": package["name"],
        "version": package["version"],
        "resources": out_resources,
        "types": dict(sorted(out_types.items())),
    }
    os.makedirs(os.path.dirname(OUTPUT), exist_ok=True)
    with open(OUTPUT, "w", encoding="utf-8") as f:
        f.write(render(result))
    print("wrote %s: %d resource types, %d type definitions, spec %s@%s"
          % (OUTPUT, len(out_resources), len(out_types), package["name"], package["version"]))


def compact(value):
    return json.dumps(value, separators=(", ", ": "))


def render_props(properties, indent):
    lines = ["%s%s: %s" % (indent, compact(name), compact(p)) for name, p in properties.items()]
    return "{\n" + ",\n".join(lines) + "\n" + indent[:-1] + "}" if lines else "{}"


def render(result):
    """One line per property, so a regenerated file diffs line by line."""
    out = ['{"source": %s, "version": %s,' % (compact(result["source"]), compact(result["version"])),
           ' "resources": {']
    entries = []
    for name, r in result["resources"].items():
        entries.append('  %s: {"attributes": %s,\n   "properties": %s}'
                       % (compact(name), compact(r["attributes"]), render_props(r["properties"], "    ")))
    out.append(",\n".join(entries))
    out.append(' },')
    out.append(' "types": {')
    entries = []
    for name, t in result["types"].items():
        entries.append('  %s: {"properties": %s}' % (compact(name), render_props(t["properties"], "    ")))
    out.append(",\n".join(entries))
    out.append(" }")
    out.append("}")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: extract.py <unpacked npm package dir>")
    main(sys.argv[1])

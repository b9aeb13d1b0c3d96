package io.regionlab.generate.core;

import static io.regionlab.generate.core.TerraformHcl.expr;
import static io.regionlab.generate.core.TerraformHcl.str;
import static io.regionlab.generate.core.TerraformHcl.tmpl;
import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.generate.core.TerraformHcl.Block;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TerraformHclTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "plain            | \"plain\"",
            "a \"quoted\" word | \"a \\\"quoted\\\" word\"",
            "${not.a.ref}     | \"$${not.a.ref}\"",
            "%{if x}          | \"%%{if x}\"",
            "back\\slash      | \"back\\\\slash\""})
    void literalStringsCannotBecomeExpressions(String literal, String written) {
        assertThat(TerraformHcl.inline(str(literal))).isEqualTo(written);
    }

    @Test
    void templatesInterpolateOnlyTheirExpressions() {
        assertThat(TerraformHcl.inline(tmpl("arn:", expr("data.aws_partition.current.partition"), ":s3:::${x}")))
                .isEqualTo("\"arn:${data.aws_partition.current.partition}:s3:::$${x}\"");
        assertThat(tmpl(expr("var.name"))).isEqualTo(expr("var.name"));
    }

    @Test
    void alignsTheEqualsOfConsecutiveOneLineArgumentsAsTerraformFmtDoes() {
        Block b = new Block("resource", "aws_vpc", "main");
        b.set("cidr_block", "10.0.0.0/16").set("enable_dns_support", true);
        b.set("tags", TerraformHcl.obj().put("Name", "main").put("regionlab:design", "x"));
        b.set("id", expr("x"));
        assertThat(TerraformHcl.render(List.of(b))).isEqualTo("""
                resource "aws_vpc" "main" {
                  cidr_block         = "10.0.0.0/16"
                  enable_dns_support = true
                  tags = {
                    Name               = "main"
                    "regionlab:design" = "x"
                  }
                  id = x
                }
                """);
    }

    @Test
    void writesArgumentsThenBlocksThenDependsOnAndLifecycle() {
        Block b = new Block("resource", "aws_x", "y");
        b.block("lifecycle").set("prevent_destroy", true);
        b.set("depends_on", TerraformHcl.list(expr("aws_z.w")));
        b.block("rule").set("status", "Enabled");
        b.set("name", "n");
        assertThat(TerraformHcl.render(List.of(b))).isEqualTo("""
                resource "aws_x" "y" {
                  name = "n"
                  rule {
                    status = "Enabled"
                  }
                  depends_on = [aws_z.w]
                  lifecycle {
                    prevent_destroy = true
                  }
                }
                """);
    }

    @Test
    void breaksLongListsOverLinesWithTrailingCommas() {
        Block b = new Block("resource", "aws_x", "y");
        b.set("subnet_ids", TerraformHcl.list(expr("aws_subnet.us_west_2_a_private.id"), expr("aws_subnet.us_west_2_b_private.id"),
                expr("aws_subnet.us_west_2_c_private.id")));
        assertThat(TerraformHcl.render(List.of(b))).contains("""
                  subnet_ids = [
                    aws_subnet.us_west_2_a_private.id,
                    aws_subnet.us_west_2_b_private.id,
                    aws_subnet.us_west_2_c_private.id,
                  ]
                """);
    }

    @Test
    void wrapsCommentsAtOneHundredCharacters() {
        Block b = new Block("resource", "aws_x", "y").comment("word ".repeat(40).trim());
        String first = TerraformHcl.render(List.of(b)).lines().findFirst().orElseThrow();
        assertThat(first).startsWith("# word").hasSizeLessThanOrEqualTo(100);
    }

    @Test
    void namesFromDesignIdsAreTerraformIdentifiers() {
        assertThat(TerraformHcl.name("use1-api-asg")).isEqualTo("use1_api_asg");
        assertThat(TerraformModule.zoneName("ap-southeast-2", "ap-southeast-2b")).isEqualTo("ap_southeast_2_b");
    }
}

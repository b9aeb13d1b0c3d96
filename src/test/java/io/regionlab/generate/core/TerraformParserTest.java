package io.regionlab.generate.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionlab.generate.core.TerraformParser.Parsed;
import io.regionlab.generate.core.TerraformParser.Reference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parser the Terraform tests rely on refuses what Terraform would refuse, and finds references where Terraform would. */
class TerraformParserTest {

    @Test
    void refusesInvalidHclAndFindsEveryReference(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.tf"), "resource \"aws_vpc\" \"a\" {\n  cidr_block = \"10.0.0.0/16\"\n");
        Path unquoted = Files.writeString(dir.resolve("unquoted.tf"), "variable \"x\" {\n  default = \"a\" \"b\"\n}\n");
        Path valid = Files.writeString(dir.resolve("valid.tf"), """
                resource "aws_iam_role_policy" "p" {
                  provider = aws.us_east_1
                  role     = aws_iam_role.r.id
                  policy = jsonencode({
                    Statement = [{ Resource = "arn:${data.aws_partition.current.partition}:s3:::${var.bucket}/*" }]
                  })
                  depends_on = [aws_s3_bucket.b]
                }
                """);

        Map<Path, Parsed> parsed = TerraformParser.parse(List.of(broken, unquoted, valid));

        assertThat(parsed.get(broken).error()).contains("Unclosed configuration block");
        assertThat(parsed.get(unquoted).error()).isNotNull();
        assertThat(parsed.get(valid).error()).isNull();
        assertThat(parsed.get(valid).references()).extracting(Reference::ref).containsExactlyInAnyOrder("aws.us_east_1", "aws_iam_role.r.id",
                "data.aws_partition.current.partition", "var.bucket", "aws_s3_bucket.b");
        assertThat(parsed.get(valid).references()).extracting(Reference::at).contains("resource.aws_iam_role_policy.p.0.depends_on.0");
    }
}

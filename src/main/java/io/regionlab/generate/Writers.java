package io.regionlab.generate;

import io.regionlab.generate.core.Boto3Writer;
import io.regionlab.generate.core.CloudFormationWriter;
import io.regionlab.generate.core.TerraformWriter;
import io.regionlab.generate.core.Writer;
import jakarta.inject.Singleton;
import java.util.List;

/** The writers an export contains, in the order the README presents them. */
@Singleton
public class Writers {

    private final List<Writer> all = List.of(new CloudFormationWriter(), new TerraformWriter(), new Boto3Writer());

    public List<Writer> all() {
        return all;
    }
}

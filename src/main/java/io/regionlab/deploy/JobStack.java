package io.regionlab.deploy;

import io.regionlab.deploy.core.Phase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One stack of a job, in the order the job handles it, with the phase stored around every AWS call. */
@Entity
@Table(name = "deploy_job_stack")
public class JobStack {

    @Embeddable
    public record Key(@Column(name = "job_id") UUID jobId, int position) implements Serializable {
    }

    @EmbeddedId
    public Key id;

    public String name;

    public String region;

    @Enumerated(EnumType.STRING)
    public Phase phase;

    @Column(name = "cfn_status")
    public String cfnStatus;

    @Column(name = "change_set_id")
    public String changeSetId;

    /** A JSON object: output name → value, as DescribeStacks reported when the stack completed. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String outputs;

    @Column(name = "event_mark")
    public String eventMark;

    @Column(name = "started_at")
    public Instant startedAt;

    /** A JSON object: logical id → type of the resources this stack's template keeps on delete. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "keep_on_delete")
    public String keepOnDelete;
}

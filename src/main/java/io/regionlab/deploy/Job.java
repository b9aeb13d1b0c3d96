package io.regionlab.deploy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An apply or destroy, run by whichever server instance claims it (see {@link JobRunner}). */
@Entity
@Table(name = "deploy_job")
public class Job {

    public static final String APPLY = "apply";
    public static final String DESTROY = "destroy";
    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";

    @Id
    public UUID id;

    @Column(name = "design_id")
    public UUID designId;

    @Column(name = "plan_id")
    public UUID planId;

    public String kind;

    public String status;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "created_by")
    public long createdBy;

    public String message;

    public String owner;

    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;

    /** A JSON list of {@link io.regionlab.deploy.core.Retained}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String retained;

    public boolean finished() {
        return SUCCEEDED.equals(status) || FAILED.equals(status);
    }
}

package io.regionlab.deploy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored plan: the change sets shown to a person, and exactly what applying it will send. */
@Entity
@Table(name = "deploy_plan")
public class Plan {

    public static final String READY = "ready";
    public static final String APPLIED = "applied";
    public static final String SUPERSEDED = "superseded";
    public static final String FAILED = "failed";

    @Id
    public UUID id;

    @Column(name = "design_id")
    public UUID designId;

    @Column(name = "design_version")
    public int designVersion;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public long createdBy;

    public String status;

    public String message;

    /** A JSON list of {@link io.regionlab.deploy.core.PlannedStack}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String stacks;
}

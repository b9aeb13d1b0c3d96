package io.regionlab.deploy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A CloudFormation stack event recorded for a job; {@code seq} orders them and is the SSE event id. */
@Entity
@Table(name = "deploy_event")
public class JobEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "job_id")
    public UUID jobId;

    @Column(name = "event_id")
    public String eventId;

    public Instant at;

    public String stack;

    public String region;

    @Column(name = "logical_id")
    public String logicalId;

    @Column(name = "resource_type")
    public String resourceType;

    @Column(name = "physical_id")
    public String physicalId;

    public String status;

    public String reason;
}

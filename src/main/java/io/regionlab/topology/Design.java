package io.regionlab.topology;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A design and who owns it; its documents are its {@link DesignVersion}s. */
@Entity
@Table(name = "design")
public class Design {

    @Id
    public UUID id;

    @Column(name = "owner_id")
    public long ownerId;

    public String name;

    @Column(name = "latest_version")
    public int latestVersion;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}

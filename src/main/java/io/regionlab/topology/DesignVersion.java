package io.regionlab.topology;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One saved version of a design's document. Never changed once written. */
@Entity
@Immutable
@Table(name = "design_version")
public class DesignVersion {

    @Embeddable
    public record Key(@Column(name = "design_id") UUID designId, int version) implements Serializable {
    }

    @EmbeddedId
    public Key id;

    @JdbcTypeCode(SqlTypes.JSON)
    public String document;

    @Column(name = "saved_at")
    public Instant savedAt;

    @Column(name = "saved_by")
    public long savedBy;
}

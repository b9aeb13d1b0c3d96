package io.regionlab.topology;

import io.regionlab.account.UserRepository;
import io.regionlab.platform.ProblemException;
import io.regionlab.topology.core.Topology;
import io.regionlab.topology.core.TopologyCodec;
import io.regionlab.topology.core.TopologyDiff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Designs and their versions. A document is validated before anything is written, so a refused
 * document changes nothing; each save appends a version and never rewrites one.
 */
@ApplicationScoped
public class DesignService {

    /** Who is asking: owners see their designs, admins see every design. */
    public record Caller(long userId, boolean admin) {
    }

    public record Summary(UUID id, String name, int version, Instant createdAt, Instant updatedAt, long ownerId) {
    }

    /** One saved version; {@code savedBy} is the username of whoever saved it. */
    public record VersionInfo(int version, Instant savedAt, String name, String savedBy) {
    }

    /** A stored design at one version: the document as saved and the model read from it. */
    public record Stored(Summary design, int version, String document, Topology topology) {
    }

    private final DesignRepository designs;
    private final TopologyCodec codec;
    private final UserRepository users;

    public DesignService(DesignRepository designs, TopologyCodec codec, UserRepository users) {
        this.designs = designs;
        this.codec = codec;
        this.users = users;
    }

    /** Reads and validates a document (throws with every problem), storing nothing. */
    public Topology read(String document) {
        return codec.read(document);
    }

    @Transactional
    public Stored create(Caller caller, String document) {
        Topology topology = codec.read(document);
        Instant now = Instant.now();
        Design design = new Design();
        design.id = UUID.randomUUID();
        design.ownerId = caller.userId();
        design.name = topology.name();
        design.latestVersion = 1;
        design.createdAt = now;
        design.updatedAt = now;
        designs.persist(design);
        return append(design, caller, topology, now);
    }

    /**
     * Saves a new version. {@code expectedVersion}, when given, is the version the caller edited;
     * if someone saved since, nothing is written and the caller is told (409).
     */
    @Transactional
    public Stored save(Caller caller, UUID id, String document, Integer expectedVersion) {
        Topology topology = codec.read(document);
        Design design = designs.lock(id).filter(d -> allowed(caller, d)).orElseThrow(() -> notFound(id));
        if (expectedVersion != null && expectedVersion != design.latestVersion) {
            throw ProblemException.conflict("Design " + id + " is at version " + design.latestVersion + ", not " + expectedVersion
                    + ": someone saved it since you loaded it. Reload it and apply your change again.");
        }
        Instant now = Instant.now();
        design.latestVersion++;
        design.name = topology.name();
        design.updatedAt = now;
        return append(design, caller, topology, now);
    }

    @Transactional
    public Stored rename(Caller caller, UUID id, String name, Integer expectedVersion) {
        Stored current = get(caller, id, null);
        Topology renamed = new Topology(name, current.topology().description(), current.topology().regions(),
                current.topology().components(), current.topology().links(), current.topology().recovery());
        return save(caller, id, codec.write(renamed), expectedVersion);
    }

    @Transactional
    public void delete(Caller caller, UUID id) {
        Design design = designs.lock(id).filter(d -> allowed(caller, d)).orElseThrow(() -> notFound(id));
        designs.delete(design);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Summary> list(Caller caller, boolean everyone) {
        return (everyone && caller.admin() ? designs.everyone() : designs.ownedBy(caller.userId())).stream().map(DesignService::summary).toList();
    }

    /** The design's summary, for callers who need to know it exists and is theirs but not its document. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Summary summary(Caller caller, UUID id) {
        return summary(designs.findByIdOptional(id).filter(d -> allowed(caller, d)).orElseThrow(() -> notFound(id)));
    }

    /** The design at {@code version}, or at its latest version when that is null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Stored get(Caller caller, UUID id, Integer version) {
        Design design = designs.findByIdOptional(id).filter(d -> allowed(caller, d)).orElseThrow(() -> notFound(id));
        int wanted = version == null ? design.latestVersion : version;
        DesignVersion stored = designs.version(id, wanted)
                .orElseThrow(() -> ProblemException.notFound("Design " + id + " has versions 1 to " + design.latestVersion + "; there is no version " + wanted + "."));
        // jsonb keeps the content, not the text: the document is written again in its canonical form.
        Topology topology = codec.read(stored.document);
        return new Stored(summary(design), wanted, codec.write(topology), topology);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VersionInfo> versions(Caller caller, UUID id) {
        summary(caller, id);
        List<DesignVersion> versions = designs.versions(id);
        Map<Long, String> names = savers(versions);
        return versions.stream().map(v -> new VersionInfo(v.id.version(), v.savedAt, codec.read(v.document).name(),
                savedBy(names, v))).toList();
    }

    /** The usernames of whoever saved {@code versions}, by account id, in one query. */
    Map<Long, String> savers(List<DesignVersion> versions) {
        return users.list("id in ?1", versions.stream().map(v -> v.savedBy).distinct().toList()).stream()
                .collect(Collectors.toMap(u -> u.id, u -> u.username));
    }

    static String savedBy(Map<Long, String> savers, DesignVersion version) {
        return savers.getOrDefault(version.savedBy, "a deleted account");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TopologyDiff.Entry> diff(Caller caller, UUID id, int from, int to) {
        return TopologyDiff.between(get(caller, id, from).topology(), get(caller, id, to).topology());
    }

    private Stored append(Design design, Caller caller, Topology topology, Instant now) {
        DesignVersion version = new DesignVersion();
        version.id = new DesignVersion.Key(design.id, design.latestVersion);
        version.document = codec.write(topology);
        version.savedAt = now;
        version.savedBy = caller.userId();
        designs.save(version);
        return new Stored(summary(design), design.latestVersion, version.document, topology);
    }

    private static boolean allowed(Caller caller, Design design) {
        return caller.admin() || design.ownerId == caller.userId();
    }

    private static Summary summary(Design d) {
        return new Summary(d.id, d.name, d.latestVersion, d.createdAt, d.updatedAt, d.ownerId);
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No design " + id + " of yours.");
    }
}

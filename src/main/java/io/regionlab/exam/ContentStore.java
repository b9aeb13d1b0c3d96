package io.regionlab.exam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.regionlab.exam.core.Blueprint;
import io.regionlab.exam.core.Card;
import io.regionlab.exam.core.ContentBank;
import io.regionlab.exam.core.ContentException;
import io.regionlab.exam.core.ContentLoader;
import io.regionlab.exam.core.Question;
import io.regionlab.platform.ProblemException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The question bank and cards of one exam. Loaded and validated at start-up (invalid content
 * stops the portal with messages naming file, item and field), then written to PostgreSQL by
 * id and version so that every answer keeps pointing at the exact text that was answered.
 * Content is immutable, so keeping it in memory adds no state that a second instance lacks.
 */
@Startup
@ApplicationScoped
public class ContentStore {

    private static final Logger LOG = Logger.getLogger(ContentStore.class);
    /** Serialises content loading when several instances start at once. */
    private static final long LOAD_LOCK = 0x434F_4E54_454EL;

    private final ExamConfig config;
    private final EntityManager em;
    private final ObjectMapper json;
    private final Map<String, Question> pastVersions = new ConcurrentHashMap<>();
    private volatile ContentBank bank;
    private volatile Map<String, Question> questionsById;
    private volatile Map<String, Card> cardsById;

    public ContentStore(ExamConfig config, EntityManager em, ObjectMapper json) {
        this.config = config;
        this.em = em;
        this.json = json;
    }

    @PostConstruct
    void load() {
        ContentBank loaded;
        try {
            loaded = ContentLoader.load(Path.of(config.contentDir()));
        } catch (ContentException e) {
            LOG.errorf("The content in %s is invalid; fix it and start again:%n%s", config.contentDir(), e.getMessage());
            throw e;
        }
        QuarkusTransaction.requiringNew().run(() -> store(loaded));
        bank = loaded;
        questionsById = loaded.questions().stream().collect(Collectors.toUnmodifiableMap(Question::id, Function.identity()));
        cardsById = loaded.cards().stream().collect(Collectors.toUnmodifiableMap(Card::id, Function.identity()));
        LOG.infof("Loaded %s: %d questions, %d cards", loaded.blueprint().exam(), loaded.questions().size(), loaded.cards().size());
    }

    private void store(ContentBank content) {
        String exam = content.blueprint().exam();
        em.createNativeQuery("SELECT pg_advisory_xact_lock(" + LOAD_LOCK + ")").getSingleResult();
        em.createNativeQuery("UPDATE question SET current = false WHERE exam = ?1 AND current").setParameter(1, exam).executeUpdate();
        for (Question q : content.questions()) {
            em.createNativeQuery("""
                    INSERT INTO question (id, version, exam, type, domain, task, source, body, current)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, CAST(?8 AS jsonb), true)
                    ON CONFLICT (id, version) DO UPDATE SET current = true""")
                    .setParameter(1, q.id()).setParameter(2, q.version()).setParameter(3, exam)
                    .setParameter(4, q.type().code()).setParameter(5, q.domain()).setParameter(6, q.task())
                    .setParameter(7, q.source()).setParameter(8, write(q))
                    .executeUpdate();
        }
        em.createNativeQuery("UPDATE card SET current = false WHERE exam = ?1 AND current").setParameter(1, exam).executeUpdate();
        for (Card c : content.cards()) {
            em.createNativeQuery("""
                    INSERT INTO card (id, version, exam, domain, task, body, current)
                    VALUES (?1, ?2, ?3, ?4, ?5, CAST(?6 AS jsonb), true)
                    ON CONFLICT (id, version) DO UPDATE SET current = true""")
                    .setParameter(1, c.id()).setParameter(2, c.version()).setParameter(3, exam)
                    .setParameter(4, c.domain()).setParameter(5, c.task()).setParameter(6, write(c))
                    .executeUpdate();
        }
    }

    public Blueprint blueprint() {
        return bank.blueprint();
    }

    public List<Question> questions() {
        return bank.questions();
    }

    public List<Card> cards() {
        return bank.cards();
    }

    public Optional<Card> card(String id) {
        return Optional.ofNullable(cardsById.get(id));
    }

    public Optional<Question> current(String id) {
        return Optional.ofNullable(questionsById.get(id));
    }

    /** The exact version of a question that was asked, today's or an earlier one. */
    public Question version(String id, String version) {
        Question now = questionsById.get(id);
        if (now != null && now.version().equals(version)) {
            return now;
        }
        return pastVersions.computeIfAbsent(id + "@" + version, key -> readPast(id, version));
    }

    private Question readPast(String id, String version) {
        List<?> rows = em.createNativeQuery("SELECT CAST(body AS text) FROM question WHERE id = ?1 AND version = ?2")
                .setParameter(1, id).setParameter(2, version)
                .getResultList();
        Object body = rows.stream().findFirst().orElseThrow(() -> ProblemException.notFound("No question " + id + " in version " + version + "."));
        try {
            return json.readValue((String) body, Question.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored question " + id + "@" + version + " is unreadable", e);
        }
    }

    private String write(Object item) {
        try {
            return json.writeValueAsString(item);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + item, e);
        }
    }
}

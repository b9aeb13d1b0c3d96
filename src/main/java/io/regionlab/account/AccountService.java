package io.regionlab.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.regionlab.platform.Problem;
import io.regionlab.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

@ApplicationScoped
public class AccountService {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");
    static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 128;
    /** Serialises sign-ups while the portal has no admin, so exactly one first account becomes admin. */
    private static final long FIRST_ADMIN_LOCK = 0x5245_4749_4F4EL;

    private final UserRepository users;
    private final EntityManager em;

    public AccountService(UserRepository users, EntityManager em) {
        this.users = users;
        this.em = em;
    }

    /**
     * Creates an account. The first account of an empty portal becomes its administrator, as in
     * most self-hosted tools; everyone after that is a learner (see the README to promote one).
     */
    @Transactional
    public User signUp(String rawUsername, String password) {
        String username = rawUsername == null ? "" : rawUsername.trim().toLowerCase(Locale.ROOT);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!USERNAME.matcher(username).matches()) {
            errors.add(new Problem.FieldError("username",
                    "use 3 to 40 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit"));
        }
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            errors.add(new Problem.FieldError("password", "use " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "Invalid sign-up", describe(errors), errors);
        }
        em.createNativeQuery("SELECT pg_advisory_xact_lock(" + FIRST_ADMIN_LOCK + ")").getSingleResult();
        if (users.findByUsername(username).isPresent()) {
            var taken = new Problem.FieldError("username", "'" + username + "' is already taken");
            throw new ProblemException(409, "Username taken", describe(List.of(taken)), List.of(taken));
        }
        User user = new User();
        user.username = username;
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.role = users.anyAdmin() ? Role.LEARNER : Role.ADMIN;
        users.persist(user);
        return user;
    }

    public long idOf(String username) {
        return users.idOf(username)
                .orElseThrow(() -> new ProblemException(401, "Sign-in required", "Your account no longer exists.", List.of()));
    }

    private static String describe(List<Problem.FieldError> errors) {
        return String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
    }
}

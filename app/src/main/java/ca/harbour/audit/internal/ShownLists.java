package ca.harbour.audit.internal;

import ca.harbour.platform.database.AfterCommit;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What each list last showed in this session, as a digest of its ids in the session (never the ids
 * themselves), so a poll that shows the same ids again writes no audit row. The ids are compared as a
 * set: the same records in another order were already seen. The memory is updated only once the
 * audit row commits, so a rolled-back row is written again by the next poll.
 */
@Component
class ShownLists {

    static final String ATTRIBUTE = ShownLists.class.getName();

    /** Lists remembered per session (each record's own page has some); past this the memory starts afresh. */
    static final int MAX_LISTS = 500;

    /**
     * True when list {@code key} shows other ids than it last did in this session (or there is no
     * session); a true answer is remembered when the current transaction commits.
     */
    boolean changed(String key, List<String> ids) {
        HttpSession session = currentSession();
        if (session == null) {
            return true;
        }
        String digest = digest(ids);
        Memory memory = (Memory) session.getAttribute(ATTRIBUTE);
        if (memory != null && digest.equals(memory.lists.get(key))) {
            return false;
        }
        Runnable remember = () -> {
            Memory m = (Memory) session.getAttribute(ATTRIBUTE);
            Memory next = m == null || m.lists.size() >= MAX_LISTS ? new Memory() : m;
            next.lists.put(key, digest);
            session.setAttribute(ATTRIBUTE, next); // set again so a replicated session store sees the change
        };
        AfterCommit.run(remember);
        return true;
    }

    private static HttpSession currentSession() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            try {
                return attributes.getRequest().getSession(false);
            } catch (IllegalStateException finished) {
                return null;
            }
        }
        return null;
    }

    private static String digest(List<String> ids) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String id : ids.stream().sorted().distinct().toList()) {
                sha.update(id.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return Base64.getEncoder().encodeToString(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    /** Per-session digests by list; serialisable so sessions may be persisted. */
    static final class Memory implements Serializable {
        private static final long serialVersionUID = 1L;
        final Map<String, String> lists = new ConcurrentHashMap<>();
    }
}

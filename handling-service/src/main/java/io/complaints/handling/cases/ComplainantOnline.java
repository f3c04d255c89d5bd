package io.complaints.handling.cases;

import io.complaints.events.CallbackMethod;
import io.complaints.platform.Actor;
import io.complaints.platform.Role;
import io.complaints.platform.RulesViolatedException;

/**
 * The complainant answering in the self-service portal: the decision on the offered remedy and the
 * callback's questions (DOMAIN.md, "Lifecycle" 5 and 7) are recorded exactly as a handler or a callback
 * agent records them, with the complainant as the actor. The complainant's role is never granted by a
 * token: such an answer reaches a case only through intake's events, after intake checked the
 * complainant's tracking code. Being the complainant, they are independent of the handling by nature.
 */
final class ComplainantOnline {

    private ComplainantOnline() {
    }

    static boolean answers(Actor actor) {
        return actor.holds(Role.COMPLAINANT);
    }

    /** A person who calls back records how they reached the complainant: never as the complainant's own online answer. */
    static void calledBy(CallbackMethod method) {
        if (method == CallbackMethod.ONLINE) {
            throw RulesViolatedException.ofField("method", "online-answer",
                    "only the complainant answers online; a callback agent records a phone call, a visit or a message");
        }
    }

    /** The complainant's own answer to the callback is the online one, never a phone call or a visit. */
    static void answersOnline(CallbackMethod method) {
        if (method != CallbackMethod.ONLINE) {
            throw RulesViolatedException.ofField("method", "online-answer",
                    "the complainant answers the callback online");
        }
    }
}

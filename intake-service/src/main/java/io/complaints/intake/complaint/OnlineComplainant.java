package io.complaints.intake.complaint;

import io.complaints.events.Channel;
import io.complaints.platform.Actor;
import io.complaints.platform.NotPermittedException;
import io.complaints.platform.Role;

/**
 * The complainant acting in the self-service portal, for their own complaint only: they file it on the
 * website (channel WEBSITE) at the unit they choose, and may then withdraw it, add to it, and answer
 * the remedy offered and the callback. The complainant is known by the complaint's opaque complainant
 * reference, which is the actor's id; the portal acts in this role only after checking the tracking code.
 */
public final class OnlineComplainant {

    private OnlineComplainant() {
    }

    /** The actor the portal acts as for a complaint's complainant and unit. */
    public static Actor of(String complainantReference, String unitCode) {
        return new Actor(complainantReference, unitCode, Role.COMPLAINANT, null);
    }

    static boolean is(Actor actor) {
        return actor.holds(Role.COMPLAINANT);
    }

    /** Filed online: on the website, by the complainant the complaint names, at the unit the actor is for. */
    static void checkFiling(RegisterComplaint command) {
        if (command.details().channel() != Channel.WEBSITE) {
            throw new NotPermittedException("online-channel", "a complaint filed by the complainant comes by the website");
        }
        if (!command.actor().id().equals(command.complainantReference())
                || !command.actor().unit().equals(command.unit().code())) {
            throw new NotPermittedException("own-complaint", "the complainant files their own complaint");
        }
    }

    /** Only the complaint's own complainant acts on it. */
    static void checkOwn(Actor actor, String complainantReference) {
        if (!actor.id().equals(complainantReference)) {
            throw new NotPermittedException("own-complaint", "the complainant acts on their own complaint only");
        }
    }
}

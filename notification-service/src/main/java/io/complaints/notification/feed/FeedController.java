package io.complaints.notification.feed;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.complaints.notification.infrastructure.UnitScope;
import io.complaints.platform.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The live feed: Server-Sent Events of the notifications of a unit and of every unit below it, for a
 * signed-in caller of that unit or of one above it. A few streams per caller (429 beyond).
 */
@RestController
@RequestMapping("/api/feed")
@EnableConfigurationProperties(FeedProperties.class)
@Tag(name = "feed", description = "Notifications as they are decided, as Server-Sent Events")
class FeedController {

    private final FeedHub hub;
    private final UnitScope scope;
    private final FeedProperties properties;

    FeedController(FeedHub hub, UnitScope scope, FeedProperties properties) {
        this.hub = hub;
        this.scope = scope;
        this.properties = properties;
    }

    @GetMapping(produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Stream the notifications of a unit (default: the caller's) and the units below it "
            + "(event 'notification', JSON data)")
    SseEmitter follow(Actor actor, @RequestParam(required = false) String unit) {
        return hub.subscribe(actor.id(), scope.unitFor(actor, unit), properties.timeout());
    }
}

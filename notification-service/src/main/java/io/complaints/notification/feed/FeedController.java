package io.complaints.notification.feed;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.complaints.platform.Actor;
import io.complaints.platform.RulesViolatedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The live feed: Server-Sent Events of the notifications of a unit and of every unit below it. */
@RestController
@RequestMapping("/api/feed")
@EnableConfigurationProperties(FeedProperties.class)
@Tag(name = "feed", description = "Notifications as they are decided, as Server-Sent Events")
class FeedController {

    private final FeedHub hub;
    private final FeedProperties properties;

    FeedController(FeedHub hub, FeedProperties properties) {
        this.hub = hub;
        this.properties = properties;
    }

    @GetMapping(produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Stream the notifications of a unit and the units below it (event 'notification', JSON data)")
    SseEmitter follow(@RequestParam String unit) {
        if (!Actor.UNIT.matcher(unit).matches()) {
            throw RulesViolatedException.ofField("unit", "Pattern", "must be a unit code (capitals, digits, -)");
        }
        return hub.subscribe(unit, properties.timeout());
    }
}

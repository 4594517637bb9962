package io.kumofleet.fleet.directive;

import io.kumofleet.fanout.FleetNode;
import io.kumofleet.fleet.FleetWideGuard;
import io.kumofleet.fleet.InvalidRequestException;
import io.kumofleet.fleet.NodeInventory;
import io.kumofleet.fleet.TargetRequest;
import io.kumofleet.kumod.Humantime;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** Turns directive requests into specs, refusing every mistake before a node sees it. */
@ApplicationScoped
public class SpecValidator {

    static final Duration DEFAULT_DURATION = Duration.ofMinutes(5);

    private final Clock clock;
    private final NodeInventory inventory;
    private final FleetWideGuard guard;

    public SpecValidator(Clock clock, NodeInventory inventory, FleetWideGuard guard) {
        this.clock = clock;
        this.inventory = inventory;
        this.guard = guard;
    }

    TargetedDirective spec(DirectiveKind kind, Criteria criteria, Boolean everything, String reason,
            String duration, Instant expires, boolean suppressLogging, TargetRequest target) {
        DirectiveTemplate template = unguarded(kind, criteria, everything, reason, suppressLogging, target);
        List<FleetNode> nodes = selectGuarded(template);
        return new TargetedDirective(template.endingAt(end(duration, expires)), nodes);
    }

    /** Validates everything about a directive but its end: criteria, reason and target. */
    public DirectiveTemplate template(DirectiveKind kind, Criteria criteria, Boolean everything, String reason,
            boolean suppressLogging, TargetRequest target) {
        DirectiveTemplate template = unguarded(kind, criteria, everything, reason, suppressLogging, target);
        selectGuarded(template);
        return template;
    }

    /** The nodes the template's target selects, refused when they are the whole fleet and that was not said. */
    private List<FleetNode> selectGuarded(DirectiveTemplate template) {
        List<FleetNode> nodes = inventory.select(template.target());
        guard.check("a " + template.kind().label(), template.everything(), nodes);
        return nodes;
    }

    private DirectiveTemplate unguarded(DirectiveKind kind, Criteria criteria, Boolean everything, String reason,
            boolean suppressLogging, TargetRequest target) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason is required: say why; nodes log it with every message affected");
        }
        if (kind == DirectiveKind.READY_QUEUE_SUSPENSION && criteria.readyQueue() == null) {
            throw new InvalidRequestException("name is required: the exact ready-queue name to suspend");
        }
        checkCriteria(kind, criteria, Boolean.TRUE.equals(everything));
        return new DirectiveTemplate(kind, criteria, Boolean.TRUE.equals(everything), reason.strip(),
                suppressLogging, TargetRequest.toTarget(target));
    }

    private void checkCriteria(DirectiveKind kind, Criteria c, boolean everything) {
        Stream.of(c.campaign(), c.tenant(), c.domain(), c.routingDomain(), c.readyQueue())
                .filter(v -> v != null && v.isBlank())
                .findAny()
                .ifPresent(v -> {
                    throw new InvalidRequestException("criteria must not be blank strings; omit a criterion instead");
                });
        boolean hasQueueNames = c.queueNames() != null && !c.queueNames().isEmpty();
        if (hasQueueNames && (c.campaign() != null || c.tenant() != null || c.domain() != null
                || c.routingDomain() != null)) {
            throw new InvalidRequestException(
                    "queue_names cannot be combined with campaign, tenant, domain or routing_domain");
        }
        if (kind == DirectiveKind.READY_QUEUE_SUSPENSION) {
            return;
        }
        if (everything && !c.isEmpty()) {
            throw new InvalidRequestException("everything: true cannot be combined with criteria");
        }
        if (!everything && c.isEmpty()) {
            throw new InvalidRequestException("no criteria given: this would " + (kind == DirectiveKind.BOUNCE
                    ? "bounce every message" : "suspend every queue")
                    + " on every selected node. Give domain, campaign, tenant"
                    + (kind == DirectiveKind.BOUNCE ? ", routing_domain" : "")
                    + " or queue_names, or set everything: true if that is really what you want");
        }
    }

    private Instant end(String duration, Instant expires) {
        Instant now = clock.instant();
        if (duration != null && expires != null) {
            throw new InvalidRequestException("give duration or expires, not both");
        }
        if (expires != null) {
            if (!expires.isAfter(now)) {
                throw new InvalidRequestException("expires " + expires + " is not in the future (now " + now + ")");
            }
            return expires;
        }
        if (duration == null) {
            return now.plus(DEFAULT_DURATION);
        }
        Duration parsed;
        try {
            parsed = Humantime.parse(duration);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("duration '" + duration + "' is not a duration such as 30m, 2h or "
                    + "1h 30m: " + e.getMessage());
        }
        if (parsed.isZero()) {
            throw new InvalidRequestException("duration must be longer than 0s");
        }
        return now.plus(parsed);
    }

}

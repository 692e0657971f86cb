package dev.tracking.core.application;

import dev.tracking.core.domain.reminder.ReminderPolicies;
import dev.tracking.core.port.in.reminder.ReminderUseCases;
import dev.tracking.core.port.in.workflow.WorkflowUseCases;
import dev.tracking.core.port.out.AirportTimeZones;
import dev.tracking.core.port.out.BusinessCalendar;
import dev.tracking.core.port.out.DomainEventPublisher;
import dev.tracking.core.port.out.JobScheduler;
import dev.tracking.core.port.out.Notifier;
import java.time.Duration;

/**
 * The workflow and its reminders, composed once: the engine, its reactions to domain events and its use cases. It is
 * given support whose publisher is the host's own: the events the engine publishes need no reactions.
 */
public final class WorkflowModule {

    private final AuditedRepositories repositories;
    private final WorkflowEngine engine;
    private final Notifier notifier;
    private final ServiceSupport toHost;

    public WorkflowModule(AuditedRepositories repositories, JobScheduler jobScheduler, ReminderPolicies policies,
            AirportTimeZones zones, BusinessCalendar calendar, Notifier notifier, String workflowCode,
            Duration definitionCacheTtl, ServiceSupport toHost) {
        this.repositories = repositories;
        this.notifier = notifier;
        this.toHost = toHost;
        ReminderJobs jobs = new ReminderJobs(jobScheduler, toHost.ids(), toHost.clock());
        this.engine = new WorkflowEngine(repositories.mawbWorkflows(), repositories.events(),
                new WorkflowDefinitions(repositories.workflowDefinitions(), definitionCacheTtl),
                new ShipmentFactsReader(repositories.attachments(), repositories.bills(), repositories.events()),
                new ReminderPlanner(policies, zones, calendar, jobs), toHost, workflowCode);
    }

    /** A publisher that lets the workflow react to each domain event, then hands it to the host's publisher. */
    public DomainEventPublisher reactions() {
        return new WorkflowReactions(repositories.mawbs(), repositories.mawbWorkflows(), engine, toHost,
                toHost.events());
    }

    public WorkflowUseCases workflowUseCases(ServiceSupport support) {
        return new WorkflowService(repositories.mawbs(), repositories.mawbWorkflows(),
                repositories.workflowDefinitions(), engine, support);
    }

    public ReminderUseCases reminderUseCases(ServiceSupport support) {
        return new ReminderService(repositories.mawbs(), repositories.mawbWorkflows(), engine, notifier, support);
    }
}

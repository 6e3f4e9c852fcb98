package io.bastion.dashboard.reports;

import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobListener;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.Trigger.CompletedExecutionInstruction;
import org.quartz.TriggerKey;
import org.quartz.TriggerListener;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What Quartz itself reports, as a listener on every trigger and job of the schedulers it is given to: which trigger
 * misfired, which fired on which scheduler instance, which execution finished. Tests wait for an event with a generous
 * bound (seconds are expected; the bound only keeps a broken run from hanging) and assert on the counts.
 */
final class QuartzEvents
        implements TriggerListener, JobListener
{
    enum Kind
    {
        MISFIRED, FIRED, EXECUTED
    }

    /** One event: its kind, the trigger, the scheduler instance (blank for a misfire, which Quartz reports without it). */
    record Event(Kind kind, TriggerKey trigger, String instance)
    {
    }

    private static final Duration BOUND = Duration.ofSeconds(90);

    private final List<Event> events = new ArrayList<>();

    @Override
    public String getName()
    {
        return "report-test-events";
    }

    @Override
    public void triggerMisfired(Trigger trigger)
    {
        add(new Event(Kind.MISFIRED, trigger.getKey(), ""));
    }

    @Override
    public void triggerFired(Trigger trigger, JobExecutionContext context)
    {
        add(new Event(Kind.FIRED, trigger.getKey(), instance(context)));
    }

    @Override
    public boolean vetoJobExecution(Trigger trigger, JobExecutionContext context)
    {
        return false;
    }

    @Override
    public void triggerComplete(Trigger trigger, JobExecutionContext context, CompletedExecutionInstruction instruction)
    {
    }

    @Override
    public void jobToBeExecuted(JobExecutionContext context)
    {
    }

    @Override
    public void jobExecutionVetoed(JobExecutionContext context)
    {
    }

    @Override
    public void jobWasExecuted(JobExecutionContext context, JobExecutionException exception)
    {
        add(new Event(Kind.EXECUTED, context.getTrigger().getKey(), instance(context)));
    }

    synchronized List<Event> all()
    {
        return List.copyOf(events);
    }

    List<Event> of(Kind kind, TriggerKey trigger)
    {
        return all().stream().filter(event -> event.kind() == kind && event.trigger().equals(trigger)).toList();
    }

    /** Executions of the one-off triggers {@code Scheduler.triggerJob} makes: the start-up catch-up. */
    List<Event> catchUps()
    {
        return all().stream().filter(event -> event.kind() == Kind.EXECUTED && event.trigger().getName().startsWith("MT_")).toList();
    }

    /** Waits until {@code count} events match. */
    synchronized void await(String what, int count, Predicate<Event> match)
            throws InterruptedException
    {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (events.stream().filter(match).count() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("Quartz did not report " + what + " within " + BOUND + "; it reported " + events);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    void awaitExecuted(TriggerKey trigger)
            throws InterruptedException
    {
        await("the execution of " + trigger, 1, event -> event.kind() == Kind.EXECUTED && event.trigger().equals(trigger));
    }

    void awaitCatchUps(int count)
            throws InterruptedException
    {
        await(count + " start-up catch-up run(s)", count, event -> event.kind() == Kind.EXECUTED && event.trigger().getName().startsWith("MT_"));
    }

    private synchronized void add(Event event)
    {
        events.add(event);
        notifyAll();
    }

    private static String instance(JobExecutionContext context)
    {
        try {
            return context.getScheduler().getSchedulerInstanceId();
        }
        catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }
}

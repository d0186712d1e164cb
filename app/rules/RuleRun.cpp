#include "rules/RuleRun.h"

#include "core/Clock.h"
#include "core/RunLock.h"
#include "enroll/EnrollmentEngine.h"
#include "enroll/JobSpec.h"
#include "enroll/ListMembersReader.h"
#include "enroll/SendCap.h"
#include "enroll/SequenceUse.h"
#include "hubspot/HubSpotClient.h"
#include "store/StoreWorker.h"

#include <QDir>
#include <QLocale>

namespace SeqDesk::Rules {

using namespace SeqDesk::Store;
using Enroll::PlannedContact;

// What a run reads from the mirror before it asks HubSpot anything.
struct RuleRun::Loaded
{
    std::optional<RuleRecord> rule;
    std::optional<SequenceRecord> sequence;
    QHash<QString, QDateTime> handled; // contact id -> the newest job of the rule holding it
    int plannedToday = 0; // put to enroll by the rule's jobs in the last 24 h
    QHash<QString, Inbox> inboxes; // by lower-cased email: the portal's active users
    QHash<QString, QString> ownerEmails; // HubSpot owner id -> lower-cased email
    qint64 runId = 0;
    QString error;
};

namespace {

int room(Stores &s, const QString &email, int cap, const QDateTime &since)
{
    const int sent = s.enrollments.enrolledBySenderSince(email, since).value_or(cap);
    const int queued = s.enrollments.queuedBySender(email).value_or(cap);
    return std::max(0, cap - sent - queued);
}

} // namespace

RuleRun::RuleRun(HubSpot::HubSpotClient *client, StoreWorker *store, const Clock *clock,
                 EnrollmentSource caller, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_ownClock(clock ? nullptr : std::make_unique<SystemClock>())
    , m_clock(clock ? clock : m_ownClock.get())
    , m_caller(caller)
{ }

RuleRun::~RuleRun() = default;

void RuleRun::start(qint64 ruleId, bool dryRun)
{
    m_dryRun = dryRun;
    m_heldElsewhere = false;
    m_apiError.reset();
    m_result = RuleRunResult {};
    m_requestsAtStart = m_client->stats().requestsSent;
    if (!m_lockDirectory.isEmpty()) {
        m_lock = std::make_unique<QLockFile>(m_lockDirectory
                                             + QStringLiteral("/rule-%1.lock").arg(ruleId));
        m_lock->setStaleLockTime(0); // held for the run; a dead holder's lock is stale
        if (!RunLock::tryLock(*m_lock)) {
            qint64 pid = 0;
            QString app;
            RunLock::holder(*m_lock, &pid, &app);
            const bool held = m_lock->error() == QLockFile::LockFailedError;
            m_heldElsewhere = held;
            m_lock.reset();
            return emit failed(
                held ? tr("Rule %1 is running in another SeqDesk process (%2, process %3).")
                           .arg(ruleId)
                           .arg(app)
                           .arg(pid)
                     : tr("Rule %1 could not be locked in %2.")
                           .arg(ruleId)
                           .arg(QDir::toNativeSeparators(m_lockDirectory)));
        }
    }
    const QDateTime now = m_clock->nowUtc();
    const QString interrupted = tr("Interrupted: SeqDesk stopped during the run.");
    m_store->run(
        [ruleId, now, dryRun, interrupted](Stores &s) {
            Loaded d;
            // Holding the rule's lock: a run still "running" is one a stopped process left.
            if (!dryRun)
                s.rules.failInterrupted(ruleId, interrupted, now);
            d.rule = s.rules.rule(ruleId);
            if (!d.rule) {
                d.error = s.rules.lastError();
                return d;
            }
            const RuleRecord &r = *d.rule;
            d.sequence = s.sequences.sequence(r.portalId, r.sequenceId);
            if (const auto handled = s.rules.handledContacts(ruleId))
                d.handled = *handled;
            else
                d.error = s.rules.lastError();
            const QDateTime since = Enroll::SendCap::windowStart(now);
            d.plannedToday = s.rules.plannedSince(ruleId, since).value_or(0);
            for (const OwnerRecord &o : s.owners.activeOwners(r.portalId)) {
                if (!o.userId || o.email.isEmpty())
                    continue;
                const QString email = Enroll::SendCap::senderKey(o.email);
                // Only users who can see the sequence can send it.
                const QStringList visible
                    = d.sequence ? d.sequence->visibleToUserIds : QStringList();
                if (!visible.isEmpty() && !visible.contains(QString::number(*o.userId)))
                    continue;
                d.ownerEmails.insert(o.ownerId, email);
                d.inboxes.insert(
                    email, {email, QString::number(*o.userId), room(s, email, r.dailyCap, since)});
            }
            if (d.error.isEmpty() && !dryRun && d.sequence && d.sequence->isEnrollable()) {
                if (const auto id = s.rules.startRun(ruleId, now))
                    d.runId = *id;
                else
                    d.error = s.rules.lastError();
            }
            return d;
        },
        this, [this](const Loaded &d) { loaded(d); });
}

void RuleRun::loaded(const Loaded &data)
{
    m_data = std::make_unique<Loaded>(data);
    if (!data.rule || !data.error.isEmpty())
        return fail(tr("The local store could not be read: %1").arg(data.error));
    m_result.rule = *data.rule;
    m_result.run.ruleId = data.rule->id;
    m_result.run.id = data.runId;
    m_result.run.startedAt = m_clock->nowUtc();
    const RuleRecord &rule = *data.rule;
    if (!data.sequence)
        return stopRule(tr("Its sequence %1 is not in the portal's mirror any more (deleted in "
                           "HubSpot, or not synced yet).")
                            .arg(rule.sequenceId));
    if (const QString why = Enroll::SequenceUse::problem(*data.sequence); !why.isEmpty())
        return stopRule(why);
    emit progress(
        tr("Reading the list %1…").arg(rule.listName.isEmpty() ? rule.listId : rule.listName));
    m_reader = std::make_unique<Enroll::ListMembersReader>(m_client);
    connect(m_reader.get(), &Enroll::ListMembersReader::progress, this,
            [this](qint64 read, qint64 total) {
                const QLocale locale;
                emit progress(tr("Reading the list: %1 of %2 members")
                                  .arg(locale.toString(read), locale.toString(qMax(read, total))));
            });
    connect(m_reader.get(), &Enroll::ListMembersReader::finished, this, &RuleRun::membersRead);
    connect(m_reader.get(), &Enroll::ListMembersReader::refused, this,
            [this](const QString &message, Enroll::ListMembersReader::Refusal why) {
                // A list nobody joined yet is a run with nothing new, not a failure.
                if (why == Enroll::ListMembersReader::Refusal::Empty)
                    return finish(RuleRunState::Done, tr("The list has no members yet."));
                fail(message);
            });
    connect(m_reader.get(), &Enroll::ListMembersReader::failed, this, &RuleRun::failApi);
    m_reader->start(rule.listId);
}

void RuleRun::membersRead(const Enroll::ListMembers &members)
{
    const RuleRecord &rule = *m_data->rule;
    m_result.run.members = int(members.contacts.size());
    m_result.rule.listName = members.name;
    const QDateTime again
        = rule.againAfterDays > 0 ? m_clock->nowUtc().addDays(-rule.againAfterDays) : QDateTime();
    Enroll::PlanRequest request;
    for (const Enroll::ContactKey &key : members.contacts) {
        const auto handled = m_data->handled.constFind(key.value);
        if (handled == m_data->handled.cend() || (again.isValid() && *handled < again))
            request.contacts.append(key);
    }
    m_result.run.newMembers = int(request.contacts.size());
    if (request.contacts.isEmpty())
        return finish(RuleRunState::Done, tr("No new members."));
    // The inboxes' caps are the sender choice's: the dry run itself defers nobody.
    request.dailyCap = Enroll::SendCap::kMax;
    emit progress(tr("Checking %Ln new member(s)…", nullptr, int(request.contacts.size())));
    m_planner = std::make_unique<Enroll::DryRunPlanner>(m_client, m_clock);
    connect(m_planner.get(), &Enroll::DryRunPlanner::finished, this, &RuleRun::planned);
    connect(m_planner.get(), &Enroll::DryRunPlanner::failed, this, &RuleRun::failApi);
    m_planner->start(request);
}

void RuleRun::planned(const QList<PlannedContact> &plan)
{
    const RuleRecord &rule = *m_data->rule;
    m_result.plan = plan;
    int limit = -1;
    if (rule.perRun > 0)
        limit = rule.perRun;
    if (rule.perDay > 0) {
        const int left = std::max(0, rule.perDay - m_data->plannedToday);
        limit = limit < 0 ? left : std::min(limit, left);
    }
    QList<Inbox> inboxes;
    for (const QString &sender : rule.senders) {
        const auto found = m_data->inboxes.constFind(Enroll::SendCap::senderKey(sender));
        if (found != m_data->inboxes.cend())
            inboxes.append(*found);
    }
    QHash<QString, Inbox> owners;
    for (auto it = m_data->ownerEmails.cbegin(); it != m_data->ownerEmails.cend(); ++it)
        owners.insert(it.key(), m_data->inboxes.value(it.value()));
    std::optional<Inbox> fallback;
    if (!rule.fallbackSender.isEmpty()) {
        const auto found
            = m_data->inboxes.constFind(Enroll::SendCap::senderKey(rule.fallbackSender));
        if (found != m_data->inboxes.cend())
            fallback = *found;
    }
    if (rule.senderMode != RuleSenderMode::ContactOwner && inboxes.isEmpty())
        return fail(tr("None of the rule's sender inboxes (%1) is an active user of the portal "
                       "who can see the sequence.")
                        .arg(rule.senders.join(QStringLiteral(", "))));
    m_result.choice = chooseSenders(rule.senderMode, plan, inboxes, owners, fallback, limit);
    m_result.run.planned = 0;
    for (const SenderChoice::Job &j : m_result.choice.jobs)
        m_result.run.planned += int(j.contacts.size());
    if (m_dryRun)
        return finish(RuleRunState::Done, QString());
    save(m_result.choice);
}

void RuleRun::save(const SenderChoice &choice)
{
    const RuleRecord &rule = *m_data->rule;
    const auto specOf = [&](const Inbox &inbox) {
        Enroll::JobSpec spec;
        spec.portalId = rule.portalId;
        spec.sequenceId = rule.sequenceId;
        spec.senderEmail = inbox.email;
        spec.userId = inbox.userId;
        spec.source = m_caller;
        spec.sourceListId = rule.listId;
        spec.sourceListName = m_result.rule.listName;
        spec.ruleId = rule.id;
        spec.ruleRunId = m_result.run.id;
        spec.dailyCap = rule.dailyCap;
        return spec;
    };
    QList<std::pair<Enroll::JobSpec, QList<PlannedContact>>> jobs;
    for (const SenderChoice::Job &j : choice.jobs) {
        if (!j.contacts.isEmpty())
            jobs.append({specOf(j.inbox), j.contacts});
    }
    // The skipped members are recorded too (never read again): in the first job, or in a
    // job of their own as the first inbox the rule has.
    if (!choice.skipped.isEmpty()) {
        if (jobs.isEmpty() && !choice.jobs.isEmpty())
            jobs.append({specOf(choice.jobs.first().inbox), {}});
        if (!jobs.isEmpty())
            jobs.first().second += choice.skipped;
    }
    const QDateTime now = m_clock->nowUtc();
    using Saved = std::pair<QList<qint64>, QString>;
    m_store->run(
        [jobs, now](Stores &s) {
            Saved saved;
            for (const auto &[spec, plan] : jobs) {
                const auto id = s.enrollments.createJob(
                    Enroll::jobRecord(spec, spec.dailyCap.value_or(Enroll::SendCap::kDefault), now),
                    Enroll::EnrollmentEngine::itemsFromPlan(plan));
                if (!id) {
                    saved.second = s.enrollments.lastError();
                    break;
                }
                saved.first.append(*id);
            }
            return saved;
        },
        this,
        [this, choice](const Saved &saved) {
            m_result.jobIds = saved.first;
            if (!saved.second.isEmpty())
                return fail(tr("The run's jobs could not be saved: %1").arg(saved.second));
            QStringList parts;
            parts << tr("%Ln new member(s)", nullptr, m_result.run.newMembers);
            parts << tr("%Ln to enroll", nullptr, m_result.run.planned);
            parts << tr("%Ln skipped", nullptr, int(choice.skipped.size()));
            if (choice.waiting > 0)
                parts << tr("%Ln waiting for room", nullptr, choice.waiting);
            finish(RuleRunState::Done, parts.join(QStringLiteral(", ")) + QLatin1Char('.'));
        });
}

QDateTime RuleRun::nextRun() const
{
    const int minutes = m_data && m_data->rule ? m_data->rule->everyMinutes : 15;
    return m_clock->nowUtc().addSecs(qint64(minutes) * 60);
}

void RuleRun::stopRule(const QString &reason)
{
    m_result.stopped = true;
    m_result.run.state = RuleRunState::Stopped;
    m_result.run.message = reason;
    if (m_dryRun) {
        m_lock.reset();
        return emit finished(m_result);
    }
    const qint64 ruleId = m_result.rule.id;
    const QDateTime now = m_clock->nowUtc();
    m_store->run(
        [ruleId, reason, now](Stores &s) {
            return s.rules.setState(ruleId, RuleState::Stopped, reason, now) ? QString()
                                                                             : s.rules.lastError();
        },
        this,
        [this](const QString &error) {
            m_lock.reset();
            if (!error.isEmpty())
                return emit failed(tr("The local store could not be written: %1").arg(error));
            emit finished(m_result);
        });
}

void RuleRun::failApi(const HubSpot::ApiError &error)
{
    m_apiError = error;
    fail(error.describe());
}

void RuleRun::fail(const QString &message)
{
    m_result.run.state = RuleRunState::Failed;
    m_result.run.message = message;
    if (m_dryRun || m_result.run.id == 0) {
        m_lock.reset();
        return emit failed(message);
    }
    RuleRunRecord run = m_result.run;
    run.finishedAt = m_clock->nowUtc();
    run.requests = int(m_client->stats().requestsSent - m_requestsAtStart);
    const QDateTime next = nextRun();
    m_store->run([run, next](Stores &s) { return s.rules.finishRun(run, next, QString()); }, this,
                 [this, message](bool) {
                     m_lock.reset();
                     emit failed(message);
                 });
}

void RuleRun::finish(RuleRunState state, const QString &message)
{
    m_result.run.state = state;
    m_result.run.message = message;
    m_result.run.finishedAt = m_clock->nowUtc();
    m_result.run.requests = int(m_client->stats().requestsSent - m_requestsAtStart);
    if (m_dryRun) {
        m_lock.reset();
        return emit finished(m_result);
    }
    const RuleRunRecord run = m_result.run;
    const QDateTime next = nextRun();
    const QString listName = m_result.rule.listName;
    m_store->run(
        [run, next, listName](Stores &s) {
            return s.rules.finishRun(run, next, listName) ? QString() : s.rules.lastError();
        },
        this,
        [this](const QString &error) {
            m_lock.reset();
            if (!error.isEmpty())
                return emit failed(tr("The local store could not be written: %1").arg(error));
            emit finished(m_result);
        });
}

} // namespace SeqDesk::Rules

#include "cli/RuleAdminCommand.h"

#include "cli/ExitCodes.h"
#include "cli/RuleOutput.h"
#include "cli/RulePortal.h"
#include "core/Redactor.h"
#include "hubspot/HubSpotClient.h"
#include "rules/RuleCheck.h"
#include "store/StoreWorker.h"

#include <QJsonDocument>
#include <QTextStream>

namespace SeqDesk::Cli {

using namespace SeqDesk::Store;
using Rules::RuleCheck;

namespace {

struct MirrorCheck
{
    QStringList problems;
    QString sequenceName;
    QString error; // the store failed
};

struct Listed
{
    QList<RuleListing> rules;
    QString error;
};

// A change of one rule: what to print and the exit code.
struct Changed
{
    int exitCode = ExitOk;
    QString message;
};

RuleListing listingOf(Stores &s, const RuleRecord &r)
{
    RuleListing l;
    l.rule = r;
    if (const auto sequence = s.sequences.sequence(r.portalId, r.sequenceId))
        l.sequenceName = sequence->name;
    const QList<RuleRunRecord> runs = s.rules.runs(r.id, 1);
    if (!runs.isEmpty())
        l.lastRun = runs.constFirst();
    return l;
}

} // namespace

RuleAdminCommand::RuleAdminCommand(HubSpot::HubSpotClient *client, StoreWorker *store,
                                   const CliOptions &options, QTextStream &out, QTextStream &err,
                                   QObject *parent)
    : CliCommand(out, err, parent)
    , m_client(client)
    , m_store(store)
    , m_options(options)
    , m_rule(options.newRule)
{ }

RuleAdminCommand::~RuleAdminCommand() = default;

void RuleAdminCommand::start()
{
    switch (m_options.action) {
    case CliAction::AddRule:
        return checkRulePortal(
            m_client, m_store, m_options.portalId, this,
            [this](const QString &portalId) { checkMirror(portalId); },
            [this](int exitCode, const QString &message) { fail(exitCode, message); });
    case CliAction::ListRules:
        return listRules();
    case CliAction::PauseRule:
    case CliAction::ResumeRule:
    case CliAction::DeleteRule:
        return changeRule();
    default:
        return fail(ExitUsage, tr("Not a rule command."));
    }
}

void RuleAdminCommand::checkMirror(const QString &portalId)
{
    m_rule.portalId = portalId;
    const RuleRecord rule = m_rule;
    m_store->run(
        [rule](Stores &s) {
            MirrorCheck check;
            const auto sequence = s.sequences.sequence(rule.portalId, rule.sequenceId);
            check.sequenceName = sequence ? sequence->name : QString();
            const QList<OwnerRecord> owners = s.owners.activeOwners(rule.portalId);
            const QList<RuleRecord> others = s.rules.rules(rule.portalId);
            for (const QString &error :
                 {s.sequences.lastError(), s.owners.lastError(), s.rules.lastError()}) {
                if (check.error.isEmpty())
                    check.error = error;
            }
            check.problems = RuleCheck::mirrorProblems(rule, sequence, owners);
            if (const QString taken = RuleCheck::nameProblem(rule, others); !taken.isEmpty())
                check.problems << taken;
            return check;
        },
        this,
        [this](const MirrorCheck &check) {
            if (!check.error.isEmpty())
                return fail(ExitNetwork, tr("The local store failed: %1").arg(check.error));
            if (!check.problems.isEmpty()) {
                for (const QString &p : check.problems)
                    m_err << p << QLatin1Char('\n');
                return fail(ExitUsage, tr("Nothing was saved."));
            }
            checkList(check.sequenceName);
        });
}

void RuleAdminCommand::checkList(const QString &sequenceName)
{
    // As ListMembersReader refuses a list, without reading its members.
    m_client->list(
        m_rule.listId, this, [this, sequenceName](HubSpot::Result<HubSpot::ListSummary> r) {
            if (!r.ok()) {
                if (r.error().fatalReason == HubSpot::FatalReason::NotFound)
                    return fail(ExitUsage,
                                tr("There is no list %1 in this portal. "
                                   "seqdesk-cli --list-lists shows its contact "
                                   "lists.")
                                    .arg(m_rule.listId));
                return fail(exitCodeFor(r.error()), Redactor::scrub(r.error().describe()));
            }
            const HubSpot::ListSummary &list = r.value();
            if (!list.isContactList())
                return fail(ExitUsage,
                            tr("The list \"%1\" holds other records than contacts "
                               "(object type %2): a rule enrolls the members of a "
                               "contact list.")
                                .arg(list.name, list.objectTypeId));
            if (list.size && *list.size == 0)
                m_err << tr("The list \"%1\" has no members yet: until someone joins it, "
                            "the rule's runs find nobody new.\n")
                             .arg(list.name);
            m_rule.listName = list.name;
            save(sequenceName);
        });
}

void RuleAdminCommand::save(const QString &sequenceName)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    RuleRecord rule = m_rule;
    rule.state = RuleState::Enabled;
    rule.createdAt = rule.updatedAt = now;
    rule.nextRunAt = now; // due at once
    struct Saved
    {
        std::optional<RuleListing> rule;
        QString problem;
        bool taken = false; // the name is another rule's
    };
    m_store->run(
        [rule](Stores &s) {
            Saved saved;
            // Again, next to the write: the app may have saved a rule of that name since.
            saved.problem = RuleCheck::nameProblem(rule, s.rules.rules(rule.portalId));
            saved.taken = !saved.problem.isEmpty();
            if (saved.taken)
                return saved;
            const auto id = s.rules.create(rule);
            if (!id) {
                saved.problem = s.rules.lastError();
                return saved;
            }
            RuleRecord created = rule;
            created.id = *id;
            saved.rule = listingOf(s, created);
            return saved;
        },
        this,
        [this, sequenceName](const Saved &saved) {
            if (!saved.rule) {
                return fail(saved.taken ? ExitUsage : ExitNetwork,
                            saved.taken ? saved.problem
                                        : tr("The rule could not be saved: %1").arg(saved.problem));
            }
            const RuleRecord &r = saved.rule->rule;
            m_err << tr("Rule %1 \"%2\" saved: the members who join the list \"%3\" are "
                        "enrolled into \"%4\", every %n minute(s). It is due now: "
                        "seqdesk-cli --run-rules runs it.\n",
                        nullptr, r.everyMinutes)
                         .arg(r.id)
                         .arg(r.name, r.listName,
                              sequenceName.isEmpty() ? r.sequenceId : sequenceName);
            if (m_options.json)
                m_out << QString::fromUtf8(
                    QJsonDocument(ruleJson(*saved.rule)).toJson(QJsonDocument::Indented));
            else
                m_out << r.id << QLatin1Char('\n');
            finish(ExitOk);
        });
}

void RuleAdminCommand::listRules()
{
    const QString portalId = m_options.portalId; // empty: every portal's
    m_store->run(
        [portalId](Stores &s) {
            Listed listed;
            const QList<RuleRecord> rules = s.rules.rules(portalId);
            listed.error = s.rules.lastError();
            for (const RuleRecord &r : rules)
                listed.rules << listingOf(s, r);
            return listed;
        },
        this,
        [this](const Listed &listed) {
            if (!listed.error.isEmpty())
                return fail(ExitNetwork, tr("The local store failed: %1").arg(listed.error));
            if (listed.rules.isEmpty())
                m_err << tr("No enrollment rules yet: --add-rule saves one.\n");
            if (m_options.json)
                m_out << QString::fromUtf8(rulesJson(listed.rules));
            else if (!listed.rules.isEmpty())
                m_out << rulesTable(listed.rules);
            finish(ExitOk);
        });
}

void RuleAdminCommand::changeRule()
{
    const qint64 id = m_options.ruleId;
    const CliAction action = m_options.action;
    const QString portalId = m_options.portalId;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_store->run(
        [id, action, portalId, now](Stores &s) {
            Changed c;
            auto rule = s.rules.rule(id);
            if (!rule) {
                c.exitCode = ExitUsage;
                c.message = tr("There is no rule %1: it was deleted or never made (see --rules).")
                                .arg(id);
                return c;
            }
            if (!portalId.isEmpty() && rule->portalId != portalId) {
                c.exitCode = ExitUsage;
                c.message = tr("Rule %1 belongs to portal %2, not to %3.")
                                .arg(id)
                                .arg(rule->portalId, portalId);
                return c;
            }
            bool ok = true;
            const QString name = rule->name;
            switch (action) {
            case CliAction::PauseRule:
                if (rule->state == RuleState::Paused) {
                    c.message = tr("Rule %1 \"%2\" is paused already.").arg(id).arg(name);
                    return c;
                }
                ok = s.rules.setState(id, RuleState::Paused, QString(), now);
                c.message = tr("Rule %1 \"%2\" paused: it does not run until --resume-rule %1.")
                                .arg(id)
                                .arg(name);
                break;
            case CliAction::ResumeRule:
                if (rule->state == RuleState::Enabled) {
                    c.message = tr("Rule %1 \"%2\" is enabled already.").arg(id).arg(name);
                    return c;
                }
                if (rule->state == RuleState::Stopped || !rule->nextRunAt.isValid())
                    rule->nextRunAt = now; // it was stopped: due at once
                rule->state = RuleState::Enabled;
                rule->stopReason.clear();
                rule->updatedAt = now;
                ok = s.rules.update(*rule);
                c.message = tr("Rule %1 \"%2\" enabled again: it runs when due (next %3 UTC).")
                                .arg(id)
                                .arg(name,
                                     rule->nextRunAt.toUTC().toString(
                                         QStringLiteral("yyyy-MM-dd HH:mm")));
                break;
            case CliAction::DeleteRule:
                ok = s.rules.remove(id, now);
                c.message
                    = tr("Rule %1 \"%2\" deleted; its runs and jobs are kept.").arg(id).arg(name);
                break;
            default:
                break;
            }
            if (!ok) {
                c.exitCode = ExitNetwork;
                c.message = tr("The local store failed: %1").arg(s.rules.lastError());
            }
            return c;
        },
        this,
        [this](const Changed &c) {
            if (c.exitCode != ExitOk)
                return fail(c.exitCode, c.message);
            m_out << c.message << QLatin1Char('\n');
            finish(ExitOk);
        });
}

} // namespace SeqDesk::Cli

#include "rules/RuleCheck.h"

#include "enroll/SendCap.h"
#include "enroll/SequenceUse.h"

#include <QRegularExpression>
#include <QSet>

namespace SeqDesk::Rules {

using Store::RuleSenderMode;

bool RuleCheck::isId(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,20}$"));
    return digits.match(text.trimmed()).hasMatch();
}

bool RuleCheck::isEmail(const QString &text)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+$"));
    return email.match(text.trimmed()).hasMatch();
}

QStringList RuleCheck::problems(const Store::RuleRecord &rule)
{
    QStringList out;
    if (rule.name.trimmed().isEmpty())
        out << tr("The rule needs a name.");
    else if (rule.name.trimmed().size() > 200)
        out << tr("The rule's name is longer than 200 characters.");
    if (!isId(rule.listId))
        out << tr("The list must be a HubSpot list id (digits), not \"%1\".").arg(rule.listId);
    if (!isId(rule.sequenceId))
        out << tr("The sequence must be a HubSpot sequence id (digits), not \"%1\".")
                   .arg(rule.sequenceId);
    for (const QString &sender : rule.senders) {
        if (!isEmail(sender))
            out << tr("\"%1\" is not an email address of a sender inbox.").arg(sender);
    }
    const QSet<QString> distinct(rule.senders.cbegin(), rule.senders.cend());
    switch (rule.senderMode) {
    case RuleSenderMode::Single:
        if (rule.senders.size() != 1)
            out << tr("A rule with one sender needs exactly one sender inbox (it has %1).")
                       .arg(rule.senders.size());
        break;
    case RuleSenderMode::Rotation:
        if (distinct.size() < 2)
            out << tr("A rotation needs two or more different sender inboxes.");
        else if (distinct.size() != rule.senders.size())
            out << tr("A rotation names a sender inbox twice.");
        break;
    case RuleSenderMode::ContactOwner:
        if (!rule.senders.isEmpty())
            out << tr("A rule that sends as the contact's owner takes no sender inbox; give a "
                      "fallback inbox instead.");
        break;
    }
    if (!rule.fallbackSender.isEmpty()) {
        if (rule.senderMode != RuleSenderMode::ContactOwner)
            out << tr("Only a rule that sends as the contact's owner has a fallback inbox.");
        else if (!isEmail(rule.fallbackSender))
            out << tr("The fallback inbox \"%1\" is not an email address.")
                       .arg(rule.fallbackSender);
    }
    if (rule.perRun < 0 || rule.perRun > kMaxPerRun)
        out << tr("Contacts per run must be 0 (no limit) to %1.").arg(kMaxPerRun);
    if (rule.perDay < 0 || rule.perDay > kMaxPerRun)
        out << tr("Contacts per day must be 0 (no limit) to %1.").arg(kMaxPerRun);
    if (rule.everyMinutes < 1 || rule.everyMinutes > kMaxEveryMinutes)
        out << tr("The rule runs every 1 to %1 minutes (a week), not %2.")
                   .arg(kMaxEveryMinutes)
                   .arg(rule.everyMinutes);
    if (rule.againAfterDays < 0 || rule.againAfterDays > kMaxAgainAfterDays)
        out << tr("\"Again after\" is 0 (never) to %1 days.").arg(kMaxAgainAfterDays);
    if (!Enroll::SendCap::isAllowed(rule.dailyCap))
        out << tr("The inboxes' send cap must be %1 to %2 per 24 hours.")
                   .arg(Enroll::SendCap::kMin)
                   .arg(Enroll::SendCap::kMax);
    return out;
}

QStringList RuleCheck::mirrorProblems(const Store::RuleRecord &rule,
                                      const std::optional<Store::SequenceRecord> &sequence,
                                      const QList<Store::OwnerRecord> &activeOwners)
{
    QStringList out;
    if (!sequence) {
        out << tr("The sequence %1 is not in the portal's mirror: check its id "
                  "(seqdesk-cli --list-sequences) or sync the portal in SeqDesk.")
                   .arg(rule.sequenceId.trimmed());
        return out;
    }
    if (const QString why = Enroll::SequenceUse::problem(*sequence); !why.isEmpty())
        out << why;
    QStringList inboxes = rule.senders;
    if (!rule.fallbackSender.isEmpty())
        inboxes << rule.fallbackSender;
    for (const QString &inbox : std::as_const(inboxes)) {
        const Store::OwnerRecord *user = nullptr;
        for (const Store::OwnerRecord &o : activeOwners) {
            if (o.userId && o.email.compare(inbox.trimmed(), Qt::CaseInsensitive) == 0)
                user = &o;
        }
        const QStringList &visible = sequence->visibleToUserIds;
        if (!user)
            out << tr("The sender inbox %1 is not an active user of the portal.").arg(inbox);
        else if (!visible.isEmpty() && !visible.contains(QString::number(*user->userId)))
            out << tr("The sender inbox %1 cannot see the sequence \"%2\": share it with "
                      "that user in HubSpot, then sync the portal.")
                       .arg(inbox, sequence->name);
    }
    return out;
}

QString RuleCheck::nameProblem(const Store::RuleRecord &rule,
                               const QList<Store::RuleRecord> &others)
{
    for (const Store::RuleRecord &other : others) {
        if (other.id != rule.id && other.portalId == rule.portalId
            && other.name.trimmed().compare(rule.name.trimmed(), Qt::CaseInsensitive) == 0)
            return tr("The portal has a rule named \"%1\" already (rule %2).")
                .arg(other.name)
                .arg(other.id);
    }
    return QString();
}

} // namespace SeqDesk::Rules

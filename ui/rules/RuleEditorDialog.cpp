#include "rules/RuleEditorDialog.h"
#include "Tones.h"

#include "enroll/SendCap.h"
#include "rules/RuleCheck.h"
#include "rules/RuleEditorPresenter.h"
#include "rules/RuleListPicker.h"
#include "rules/RuleSenderBox.h"
#include "settings/AppSettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace SeqDesk::Ui {

using Rules::RuleCheck;
using Store::OwnerRecord;
using Store::RuleRecord;
using Store::SequenceRecord;

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QSpinBox *spin(const char *name, int min, int max, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(min, max);
    box->setGroupSeparatorShown(true);
    box->setMinimumWidth(150);
    return box;
}

} // namespace

RuleEditorDialog::RuleEditorDialog(const RuleServices &services, const QString &portalId,
                                   const std::optional<RuleRecord> &original, QWidget *parent)
    : QDialog(parent)
    , m_presenter(new RuleEditorPresenter(services, portalId, original, this))
    , m_name(new QLineEdit(this))
    , m_senders(new RuleSenderBox(this))
    , m_problems(new QLabel(this))
{
    setObjectName(QStringLiteral("ruleEditor"));
    setWindowTitle(original ? tr("Edit rule") : tr("New rule"));
    m_name->setObjectName(QStringLiteral("ruleName"));
    m_name->setPlaceholderText(tr("e.g. Trial signups to onboarding"));
    m_name->setMaxLength(400);
    m_problems->setObjectName(QStringLiteral("ruleProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::RichText);
    m_problems->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setMinimumHeight(m_problems->fontMetrics().height() * 4);

    auto *nameRow = new QFormLayout;
    nameRow->addRow(tr("Name:"), m_name);
    auto *left = new QVBoxLayout;
    left->addLayout(nameRow);
    left->addWidget(createListBox(), 1);
    left->addWidget(createSequenceBox(), 1);

    auto *senderBox = new QGroupBox(tr("Sender"), this);
    auto *senderLayout = new QVBoxLayout(senderBox);
    senderLayout->addWidget(m_senders);
    auto *right = new QVBoxLayout;
    right->addWidget(senderBox);
    right->addWidget(createLimitsBox());
    right->addWidget(m_problems, 1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveRuleButton"));
    m_save->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    setMinimumSize(860, 620);
    resize(980, 700);

    connect(m_listPicker, &RuleListPicker::chosen, this, &RuleEditorDialog::validate);
    connect(m_sequenceSearch, &QLineEdit::textChanged, this, &RuleEditorDialog::filterSequences);
    connect(m_sequenceList, &QListWidget::currentItemChanged, this,
            &RuleEditorDialog::sequenceChosen);
    connect(m_name, &QLineEdit::textChanged, this, &RuleEditorDialog::validate);
    connect(m_senders, &RuleSenderBox::changed, this, &RuleEditorDialog::validate);
    for (QSpinBox *box : {m_perRun, m_perDay, m_every, m_again, m_cap})
        connect(box, &QSpinBox::valueChanged, this, &RuleEditorDialog::validate);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &RuleEditorDialog::save);
    connect(m_presenter, &RuleEditorPresenter::loaded, this, &RuleEditorDialog::onLoaded);
    connect(m_presenter, &RuleEditorPresenter::saved, this,
            [this](const RuleRecord &rule, bool created) {
                m_saving = false;
                emit saved(rule, created);
                accept();
            });
    connect(m_presenter, &RuleEditorPresenter::saveFailed, this, [this](const QString &message) {
        m_saving = false;
        m_saveError = tr("The rule could not be saved: %1").arg(message);
        validate();
    });

    RuleRecord fresh; // a new rule: the portal's default sender and send cap
    if (services.settings) {
        fresh.dailyCap = services.settings->sendCap(portalId);
        if (const QString sender = services.settings->defaultSender(portalId); !sender.isEmpty())
            fresh.senders = {sender};
    }
    fillForm(original.value_or(fresh));
    validate();
    m_presenter->load();
    m_listPicker->start();
}

RuleEditorDialog::~RuleEditorDialog() = default;

QWidget *RuleEditorDialog::createListBox()
{
    auto *box = new QGroupBox(tr("List: its new members are enrolled"), this);
    m_listPicker = new RuleListPicker(m_presenter, box);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_listPicker);
    return box;
}

QWidget *RuleEditorDialog::createSequenceBox()
{
    auto *box = new QGroupBox(tr("Sequence: they are enrolled into"), this);
    m_sequenceSearch = new QLineEdit(box);
    m_sequenceSearch->setObjectName(QStringLiteral("ruleSequenceSearch"));
    m_sequenceSearch->setPlaceholderText(tr("Search sequences by name"));
    m_sequenceSearch->setClearButtonEnabled(true);
    m_sequenceList = new QListWidget(box);
    m_sequenceList->setObjectName(QStringLiteral("ruleSequenceList"));
    m_sequenceList->setAccessibleName(tr("Sequences"));
    m_sequenceList->setUniformItemSizes(true);
    m_sequenceList->setTextElideMode(Qt::ElideMiddle);
    m_sequenceNote = new QLabel(tr("Reading the sequences…"), box);
    m_sequenceNote->setObjectName(QStringLiteral("ruleSequenceNote"));
    m_sequenceNote->setWordWrap(true);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_sequenceSearch);
    layout->addWidget(m_sequenceList, 1);
    layout->addWidget(m_sequenceNote);
    return box;
}

QWidget *RuleEditorDialog::createLimitsBox()
{
    auto *box = new QGroupBox(tr("Limits and schedule"), this);
    m_perRun = spin("rulePerRun", 0, RuleCheck::kMaxPerRun, box);
    m_perRun->setSpecialValueText(tr("No limit"));
    m_perRun->setToolTip(tr("The most contacts one run enrolls; 0 for no limit of the rule's "
                            "own. The others wait for a later run."));
    m_perDay = spin("rulePerDay", 0, RuleCheck::kMaxPerRun, box);
    m_perDay->setSpecialValueText(tr("No limit"));
    m_perDay->setToolTip(tr("The most contacts the rule enrolls in a rolling 24 hours; 0 for no "
                            "limit of the rule's own."));
    m_every = spin("ruleEveryMinutes", 1, RuleCheck::kMaxEveryMinutes, box);
    m_every->setSuffix(tr(" min"));
    m_every->setToolTip(tr("How often SeqDesk reads the list while it runs."));
    m_again = spin("ruleAgainAfterDays", 0, RuleCheck::kMaxAgainAfterDays, box);
    m_again->setSpecialValueText(tr("Never"));
    m_again->setSuffix(tr(" days"));
    m_again->setToolTip(tr("A contact the rule handled is enrolled again if it is still in the "
                           "list this many days later; \"Never\": once, ever."));
    m_cap = spin("ruleDailyCap", Enroll::SendCap::kMin, Enroll::SendCap::kMax, box);
    m_cap->setSuffix(tr(" per 24 h"));
    m_cap->setToolTip(tr("HubSpot limits how many sequence emails one inbox sends in a rolling 24 "
                         "hours. The rule never enrolls past it; the others wait."));
    auto *form = new QFormLayout(box);
    form->addRow(tr("Contacts per run:"), m_perRun);
    form->addRow(tr("Contacts per day:"), m_perDay);
    form->addRow(tr("Run every:"), m_every);
    form->addRow(tr("Enroll a contact again after:"), m_again);
    form->addRow(tr("Send cap of each inbox:"), m_cap);
    return box;
}

void RuleEditorDialog::fillForm(const RuleRecord &rule)
{
    m_name->setText(rule.name);
    m_listPicker->setChosen(rule.listId, rule.listName);
    m_perRun->setValue(rule.perRun);
    m_perDay->setValue(rule.perDay);
    m_every->setValue(rule.everyMinutes > 0 ? rule.everyMinutes : RuleCheck::kDefaultEveryMinutes);
    m_again->setValue(rule.againAfterDays);
    m_cap->setValue(rule.dailyCap);
    m_senders->setFrom(rule);
}

RuleRecord RuleEditorDialog::formRule() const
{
    RuleRecord r;
    r.name = m_name->text().trimmed();
    r.listId = m_listPicker->listId();
    r.listName = m_listPicker->listName();
    if (const QListWidgetItem *item = m_sequenceList->currentItem(); item && !item->isHidden())
        r.sequenceId = item->data(IdRole).toString();
    m_senders->fill(&r);
    r.perRun = m_perRun->value();
    r.perDay = m_perDay->value();
    r.everyMinutes = m_every->value();
    r.againAfterDays = m_again->value();
    r.dailyCap = m_cap->value();
    return r;
}

QStringList RuleEditorDialog::problems() const
{
    RuleRecord r = formRule();
    QStringList out;
    if (r.listId.isEmpty())
        out << tr("Choose the list whose new members the rule enrolls.");
    if (r.sequenceId.isEmpty())
        out << tr("Choose the sequence to enroll them into.");
    if (m_presenter->takenNames().contains(r.name))
        out << tr("Another rule of this portal is called \"%1\".").arg(r.name);
    // The form's own words for what is not chosen yet; RuleCheck's for everything else.
    if (r.listId.isEmpty())
        r.listId = QStringLiteral("0");
    if (r.sequenceId.isEmpty())
        r.sequenceId = QStringLiteral("0");
    return RuleCheck::problems(r) + out;
}

void RuleEditorDialog::onLoaded(const QString &error)
{
    m_loaded = true;
    const QList<SequenceRecord> &sequences = m_presenter->sequences();
    const QString wanted
        = m_presenter->original() ? m_presenter->original()->sequenceId : QString();
    m_sequenceList->clear();
    QListWidgetItem *current = nullptr;
    int hidden = 0;
    for (const SequenceRecord &s : sequences) {
        if (!s.isEnrollable()) {
            ++hidden;
            continue;
        }
        auto *item = new QListWidgetItem(tr("%1  ·  %n step(s)", nullptr, s.stepCount).arg(s.name),
                                         m_sequenceList);
        item->setData(IdRole, s.sequenceId);
        item->setToolTip(tr("%1\nSequence %2").arg(s.name, s.sequenceId));
        if (s.sequenceId == wanted)
            current = item;
    }
    QString note = error.isEmpty()
        ? tr("%n sequence(s) you can enroll into.", nullptr, m_sequenceList->count())
        : tr("The sequences could not be read from the mirror: %1").arg(error);
    if (hidden > 0)
        note += QLatin1Char(' ')
            + tr("%n paused, draft or archived sequence(s) are not shown.", nullptr, hidden);
    if (!wanted.isEmpty() && !current)
        note += QLatin1Char(' ')
            + tr("The rule's sequence %1 cannot be enrolled into any more: choose another.")
                  .arg(wanted);
    m_sequenceNote->setText(note);
    if (current) {
        m_sequenceList->setCurrentItem(current);
        m_sequenceList->scrollToItem(current);
    }
    sequenceChosen();
    if (m_presenter->original())
        m_senders->setFrom(*m_presenter->original());
    validate();
}

void RuleEditorDialog::filterSequences()
{
    const QString needle = m_sequenceSearch->text().trimmed();
    for (int row = 0; row < m_sequenceList->count(); ++row) {
        QListWidgetItem *item = m_sequenceList->item(row);
        item->setHidden(!needle.isEmpty() && !item->text().contains(needle, Qt::CaseInsensitive));
    }
    validate();
}

void RuleEditorDialog::sequenceChosen()
{
    const QString id = formRule().sequenceId;
    QStringList visible;
    for (const SequenceRecord &s : m_presenter->sequences()) {
        if (s.sequenceId == id)
            visible = s.visibleToUserIds;
    }
    // Only users who can see the sequence can send it (as the wizard's sender page).
    QList<OwnerRecord> candidates;
    for (const OwnerRecord &o : m_presenter->owners()) {
        if (o.userId && !o.email.isEmpty()
            && (visible.isEmpty() || visible.contains(QString::number(*o.userId))))
            candidates << o;
    }
    m_senders->setCandidates(candidates);
    validate();
}

void RuleEditorDialog::validate()
{
    const QStringList found = problems();
    m_save->setEnabled(m_loaded && !m_saving && found.isEmpty());
    if (m_saving) {
        m_problems->setText(tr("Saving…"));
        return;
    }
    QString html;
    if (!m_saveError.isEmpty())
        html += QStringLiteral("<p style='color:%1'>%2</p>")
                    .arg(Tones::errorName())
                    .arg(m_saveError.toHtmlEscaped());
    if (found.isEmpty()) {
        html += m_presenter->original()
            ? tr("<p>Ready to save.</p>")
            : tr("<p>Ready to save. The rule is enabled and runs within a minute, then every %n "
                 "minute(s).</p>",
                 nullptr, m_every->value());
    } else {
        html += QStringLiteral("<p><b>%1</b></p><ul style='margin-left:12px;color:%2'>")
                    .arg(tr("Before it can be saved:").toHtmlEscaped(), Tones::errorName());
        for (const QString &problem : found)
            html += QStringLiteral("<li>%1</li>").arg(problem.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_problems->setText(html);
}

void RuleEditorDialog::save()
{
    if (!problems().isEmpty() || m_saving)
        return;
    m_saving = true;
    m_saveError.clear();
    validate();
    m_presenter->save(formRule());
}

} // namespace SeqDesk::Ui

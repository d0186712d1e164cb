#include "analytics/AnalyticsFilterBar.h"

#include "analytics/AnalyticsText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>

#include <QToolButton>

namespace SeqDesk::Ui {

using Store::AnalyticsFilter;

namespace {

QDateTime startOfLocalDay(const QDate &day)
{
    return day.startOfDay().toUTC(); // local time, as SQLite's 'localtime' reads it
}

} // namespace

AnalyticsFilterBar::AnalyticsFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_range(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_portal(new QComboBox(this))
    , m_sequences(multiSelect("sequenceFilter"))
    , m_sources(multiSelect("sourceFilter"))
    , m_senders(multiSelect("senderFilter"))
{
    m_range->setObjectName(QStringLiteral("rangeFilter"));
    m_range->addItem(tr("Last 7 days"), int(Range::Last7));
    m_range->addItem(tr("Last 30 days"), int(Range::Last30));
    m_range->addItem(tr("Last 90 days"), int(Range::Last90));
    m_range->addItem(tr("All time"), int(Range::AllTime));
    m_range->addItem(tr("Custom…"), int(Range::Custom));
    m_range->setCurrentIndex(1);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDate(QDate::currentDate());
        edit->hide();
    }
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    m_portal->setObjectName(QStringLiteral("portalFilter"));
    m_portal->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *clear = new QPushButton(tr("Clear filters"), this);
    clear->setObjectName(QStringLiteral("clearAnalyticsFilters"));
    clear->setFlat(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_range);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    layout->addWidget(m_portal);
    layout->addWidget(m_sequences);
    layout->addWidget(m_sources);
    layout->addWidget(m_senders);
    layout->addWidget(clear);
    layout->addStretch();

    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = Range(m_range->currentData().toInt()) == Range::Custom;
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        emitChanged();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &AnalyticsFilterBar::emitChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &AnalyticsFilterBar::emitChanged);
    connect(m_portal, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_quiet)
            emit portalChanged();
    });
    connect(clear, &QPushButton::clicked, this, &AnalyticsFilterBar::clear);
    updateButtonTexts();
}

AnalyticsFilterBar::~AnalyticsFilterBar() = default;

QToolButton *AnalyticsFilterBar::multiSelect(const char *objectName)
{
    auto *button = new QToolButton(this);
    button->setObjectName(QLatin1String(objectName));
    button->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(button);
    button->setMenu(menu);
    connect(menu, &QMenu::triggered, this, &AnalyticsFilterBar::emitChanged);
    return button;
}

void AnalyticsFilterBar::fillMenu(QToolButton *button,
                                  const QList<std::pair<QString, QString>> &items)
{
    const QStringList keep = checked(button);
    QMenu *menu = button->menu();
    menu->clear();
    for (const auto &[key, text] : items) {
        QAction *action = menu->addAction(text);
        action->setData(key);
        action->setCheckable(true);
        action->setChecked(keep.contains(key));
    }
}

QStringList AnalyticsFilterBar::checked(const QToolButton *button)
{
    QStringList keys;
    for (const QAction *action : button->menu()->actions()) {
        if (action->isChecked())
            keys.append(action->data().toString());
    }
    return keys;
}

void AnalyticsFilterBar::setChecked(QToolButton *button, const QStringList &keys)
{
    for (QAction *action : button->menu()->actions())
        action->setChecked(keys.contains(action->data().toString()));
}

void AnalyticsFilterBar::setPortals(const QList<Store::PortalRecord> &portals,
                                    const QString &current)
{
    m_quiet = true;
    const QString keep = current.isEmpty() ? portalId() : current;
    m_portal->clear();
    m_portal->addItem(tr("All portals"), QString());
    for (const Store::PortalRecord &p : portals)
        m_portal->addItem(p.name, p.portalId);
    m_portal->setCurrentIndex(std::max(0, m_portal->findData(keep)));
    m_portal->setVisible(portals.size() > 1);
    m_quiet = false;
}

void AnalyticsFilterBar::setPortal(const QString &portalId)
{
    m_quiet = true;
    m_portal->setCurrentIndex(std::max(0, m_portal->findData(portalId)));
    m_quiet = false;
}

QString AnalyticsFilterBar::portalId() const
{
    return m_portal->currentData().toString();
}

void AnalyticsFilterBar::setChoices(const Store::AnalyticsChoices &choices)
{
    QList<std::pair<QString, QString>> sequences;
    for (const Store::SequenceOutcomes &s : choices.sequences)
        sequences.append({s.sequenceId, s.name.isEmpty() ? s.sequenceId : s.name});
    fillMenu(m_sequences, sequences);
    QList<std::pair<QString, QString>> sources;
    for (const QString &key : choices.sources)
        sources.append({key, AnalyticsText::sourceName(key, choices.sourceNames.value(key))});
    fillMenu(m_sources, sources);
    QList<std::pair<QString, QString>> senders;
    for (const QString &sender : choices.senders)
        senders.append({sender, sender});
    fillMenu(m_senders, senders);
    updateButtonTexts();
}

void AnalyticsFilterBar::setRange(Range range)
{
    m_range->setCurrentIndex(m_range->findData(int(range)));
}

void AnalyticsFilterBar::setCustomRange(const QDate &from, const QDate &to)
{
    m_quiet = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_quiet = false;
    if (Range(m_range->currentData().toInt()) == Range::Custom)
        emitChanged();
    else
        setRange(Range::Custom);
}

void AnalyticsFilterBar::setSequences(const QStringList &sequenceIds, bool notify)
{
    QMenu *menu = m_sequences->menu();
    for (const QString &id : sequenceIds) {
        const auto actions = menu->actions();
        const bool listed = std::any_of(actions.cbegin(), actions.cend(),
                                        [&id](const QAction *a) { return a->data() == id; });
        if (!listed) {
            QAction *action = menu->addAction(id);
            action->setData(id);
            action->setCheckable(true);
        }
    }
    setChecked(m_sequences, sequenceIds);
    if (notify)
        emitChanged();
    else
        updateButtonTexts();
}

void AnalyticsFilterBar::setSources(const QStringList &keys)
{
    setChecked(m_sources, keys);
    emitChanged();
}

void AnalyticsFilterBar::setSenders(const QStringList &senders)
{
    setChecked(m_senders, senders);
    emitChanged();
}

void AnalyticsFilterBar::clear()
{
    m_quiet = true;
    for (QToolButton *b : {m_sequences, m_sources, m_senders})
        setChecked(b, {});
    m_range->setCurrentIndex(m_range->findData(int(Range::Last30)));
    m_quiet = false;
    emitChanged();
}

AnalyticsFilter AnalyticsFilterBar::filter(const QDate &today) const
{
    AnalyticsFilter f;
    f.portalId = portalId();
    f.sequenceIds = checked(m_sequences);
    f.sources = checked(m_sources);
    f.senders = checked(m_senders);
    QDate first;
    QDate last = today;
    switch (Range(m_range->currentData().toInt())) {
    case Range::Last7:
        first = today.addDays(-6);
        break;
    case Range::Last30:
        first = today.addDays(-29);
        break;
    case Range::Last90:
        first = today.addDays(-89);
        break;
    case Range::AllTime:
        return f;
    case Range::Custom:
        first = std::min(m_from->date(), m_to->date());
        last = std::max(m_from->date(), m_to->date());
        break;
    }
    f.from = startOfLocalDay(first);
    f.to = startOfLocalDay(last.addDays(1));
    return f;
}

Store::TimeBucket AnalyticsFilterBar::bucket(const QDate &today) const
{
    const AnalyticsFilter f = filter(today);
    if (!f.from.isValid())
        return Store::TimeBucket::Week;
    return f.from.daysTo(f.to) <= 45 ? Store::TimeBucket::Day : Store::TimeBucket::Week;
}

void AnalyticsFilterBar::updateButtonTexts()
{
    const auto text = [](QToolButton *b, const QString &all, const QString &some) {
        const int n = int(checked(b).size());
        b->setText(n == 0 ? all : some.arg(n));
        b->setEnabled(!b->menu()->actions().isEmpty());
    };
    text(m_sequences, tr("All sequences"), tr("Sequences: %1"));
    text(m_sources, tr("All sources"), tr("Sources: %1"));
    text(m_senders, tr("All senders"), tr("Senders: %1"));
}

void AnalyticsFilterBar::emitChanged()
{
    updateButtonTexts();
    if (!m_quiet)
        emit filterChanged();
}

} // namespace SeqDesk::Ui

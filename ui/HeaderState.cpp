#include "HeaderState.h"

#include "settings/AppSettings.h"

#include <QHeaderView>

namespace SeqDesk::Ui::HeaderState {

namespace {

// Lives as the header's child: restores once the header has its columns, then saves every
// change into its own QSettings, which writes the file later, once for many changes (a column
// dragged wide fires a resize per mouse move), and at the latest when the header goes.
class Keeper final : public QObject
{
public:
    Keeper(QHeaderView *header, const QString &key)
        : QObject(header)
        , m_header(header)
        , m_key(key)
    {
        if (m_header->count() > 0)
            restore();
        else
            connect(m_header, &QHeaderView::sectionCountChanged, this, [this](int, int count) {
                if (count > 0 && !m_restored)
                    restore();
            });
        const auto changed = [this] {
            if (m_restored && !m_restoring)
                m_settings.setHeaderState(m_key, m_header->saveState());
        };
        connect(m_header, &QHeaderView::sectionResized, this, changed);
        connect(m_header, &QHeaderView::sectionMoved, this, changed);
    }

private:
    void restore()
    {
        m_restored = true;
        const QByteArray state = m_settings.headerState(m_key);
        if (state.isEmpty())
            return;
        // Widths, order and hidden columns; the sort stays the one the table starts with (a
        // contact table shows the input's order until a header is clicked).
        const int sortSection = m_header->sortIndicatorSection();
        const Qt::SortOrder sortOrder = m_header->sortIndicatorOrder();
        m_restoring = true;
        m_header->restoreState(state);
        m_header->setSortIndicator(sortSection, sortOrder);
        m_restoring = false;
    }

    QHeaderView *m_header;
    QString m_key;
    Settings::AppSettings m_settings;
    bool m_restored = false;
    bool m_restoring = false;
};

} // namespace

void track(QHeaderView *header, const QString &key)
{
    if (header && !key.isEmpty())
        new Keeper(header, key);
}

} // namespace SeqDesk::Ui::HeaderState

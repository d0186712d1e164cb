#pragma once

#include "hubspot/Result.h"
#include "hubspot/Types.h"

#include <QSet>

#include <functional>
#include <memory>

namespace SeqDesk::HubSpot {

// Guards a cursor walk: a cursor seen before or more than maxPages pages end the walk
// with an error instead of looping forever.
class CursorGuard final
{
public:
    explicit CursorGuard(int maxPages);
    // Records one received page whose next cursor is `nextAfter` (empty = last page).
    // Returns false, with *error set, when the walk must stop.
    bool accept(const QString &nextAfter, QString *error);
    int pages() const { return m_pages; }

private:
    QSet<QString> m_seen;
    int m_pages = 0;
    int m_maxPages;
};

// (pages received so far, items received so far)
using PageProgress = std::function<void(int pages, int items)>;

// Walks all pages: fetchPage(after, reply) must call reply exactly once with one page.
// `done` gets every item, or the first error (a page error, or Fatal EndlessPagination).
template<typename T> class PageWalk final : public std::enable_shared_from_this<PageWalk<T>>
{
public:
    using PageReply = std::function<void(Result<Page<T>>)>;
    using FetchPage = std::function<void(const QString &after, PageReply reply)>;
    using Done = std::function<void(Result<QList<T>>)>;

    static void start(Endpoint endpoint, int maxPages, FetchPage fetchPage, PageProgress progress,
                      Done done)
    {
        auto walk = std::shared_ptr<PageWalk>(new PageWalk(endpoint, maxPages));
        walk->m_fetchPage = std::move(fetchPage);
        walk->m_progress = std::move(progress);
        walk->m_done = std::move(done);
        walk->next(QString());
    }

private:
    PageWalk(Endpoint endpoint, int maxPages)
        : m_endpoint(endpoint)
        , m_guard(maxPages)
    { }

    void next(const QString &after)
    {
        auto self = this->shared_from_this();
        m_fetchPage(after, [self](Result<Page<T>> page) { self->onPage(std::move(page)); });
    }

    void onPage(Result<Page<T>> page)
    {
        if (!page.ok()) {
            m_done(Result<QList<T>>::failure(page.error()));
            return;
        }
        const Page<T> &p = page.value();
        m_items += p.items;
        if (m_progress)
            m_progress(m_guard.pages() + 1, int(m_items.size()));
        QString error;
        if (!m_guard.accept(p.nextAfter, &error)) {
            m_done(Result<QList<T>>::failure(
                ApiError::fatal(m_endpoint, FatalReason::EndlessPagination,
                                endpointName(m_endpoint) + QStringLiteral(": ") + error)));
            return;
        }
        if (p.nextAfter.isEmpty()) {
            m_done(Result<QList<T>>::success(std::move(m_items)));
            return;
        }
        next(p.nextAfter);
    }

    Endpoint m_endpoint;
    CursorGuard m_guard;
    FetchPage m_fetchPage;
    PageProgress m_progress;
    Done m_done;
    QList<T> m_items;
};

} // namespace SeqDesk::HubSpot

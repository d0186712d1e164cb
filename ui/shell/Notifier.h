#pragma once

#include <QString>

namespace SeqDesk::Ui {

// Tells the user something happened while they looked elsewhere: a desktop notification.
class Notifier
{
public:
    virtual ~Notifier() = default;
    virtual void notify(const QString &title, const QString &body) = 0;

protected:
    Notifier() = default;
    Q_DISABLE_COPY_MOVE(Notifier)
};

} // namespace SeqDesk::Ui

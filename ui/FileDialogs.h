#pragma once

#include <QString>

class QWidget;

namespace SeqDesk::Ui {

// The file dialogs the app opens, behind one seam: tests give the next answer instead of a
// dialog (as KeePassXC's FileDialog). Without an answer set, the platform dialog opens.
class FileDialogs final
{
public:
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption,
                                const QString &suggestedName, const QString &filter);
    static QString existingDirectory(QWidget *parent, const QString &caption, const QString &start);

    // Tests: the next open/save/folder dialog returns `path` (empty = the user cancelled) at once.
    static void setNextAnswer(const QString &path);
};

} // namespace SeqDesk::Ui

#include "FileDialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

#include <optional>

namespace SeqDesk::Ui {

namespace {

std::optional<QString> &nextAnswer()
{
    static std::optional<QString> answer;
    return answer;
}

} // namespace

QString FileDialogs::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (auto answer = std::exchange(nextAnswer(), std::nullopt))
        return *answer;
    return QFileDialog::getOpenFileName(
        parent, caption, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        filter);
}

QString FileDialogs::saveFileName(QWidget *parent, const QString &caption,
                                  const QString &suggestedName, const QString &filter)
{
    if (auto answer = std::exchange(nextAnswer(), std::nullopt))
        return *answer;
    const QDir documents(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    return QFileDialog::getSaveFileName(parent, caption, documents.filePath(suggestedName), filter);
}

QString FileDialogs::existingDirectory(QWidget *parent, const QString &caption,
                                       const QString &start)
{
    if (auto answer = std::exchange(nextAnswer(), std::nullopt))
        return *answer;
    return QFileDialog::getExistingDirectory(parent, caption, start);
}

void FileDialogs::setNextAnswer(const QString &path)
{
    nextAnswer() = path;
}

} // namespace SeqDesk::Ui

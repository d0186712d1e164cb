#pragma once

#include <QFileDevice>
#include <QString>

// Owner-only files and folders for what SeqDesk writes: its mirror, logs and locks hold
// contact data, tokens' traces and who runs what. Folders 0700, files 0600, whatever the
// umask, and made so again at start when an older SeqDesk (or a loose umask) left them open.
// For SeqDesk's own locations only: a path the user chose keeps the mode the user gave it, and
// another user's entry or a shared folder (the sticky bit, as /tmp) is never changed.
namespace SeqDesk::OwnerOnly {

inline constexpr QFileDevice::Permissions kFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
inline constexpr QFileDevice::Permissions kDir = kFile | QFileDevice::ExeOwner;

// Creates `dir` and its missing parents 0700, and makes `dir` 0700 when it exists with more
// (parents that exist are left alone: they may be the user's, e.g. ~/.local/share). False,
// and why in `error`, when it cannot.
bool ensureDir(const QString &dir, QString *error = nullptr);

// Makes the file at `path` 0600 when it exists with more. True when it is missing.
bool ensureFile(const QString &path, QString *error = nullptr);

// Makes `root` and every folder (0700) and file (0600) in it owner-only: SeqDesk's data
// folder at start. Symbolic links in it are neither followed nor changed (`root` itself may be
// one). True when `root` is missing.
bool ensureTree(const QString &root, QString *error = nullptr);

// Sets the process's umask to 077, so every file and folder it creates from then on is
// owner-only, including those Qt makes for it (settings, exports, screenshots): first thing in
// main(). A file rewritten through QSaveFile keeps its mode, so an existing file at a path
// the user chose keeps the mode the user gave it.
void restrictNewFiles();

} // namespace SeqDesk::OwnerOnly

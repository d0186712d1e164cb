#pragma once

class QCoreApplication;

namespace SeqDesk::Translations {

// Installs SeqDesk's translators on `app` (owned by it): the English plural forms ("1 minute"
// / "5 minutes") first, then the user's language when SeqDesk ships it, and Qt's own. Call
// once, after the application object exists.
void install(QCoreApplication *app);

} // namespace SeqDesk::Translations

#pragma once

namespace SeqDesk::Settings {
class AppSettings;
}
namespace SeqDesk::Jobs {
class JobRunner;
class RuleScheduler;
} // namespace SeqDesk::Jobs
namespace SeqDesk::Store {
class StoreWorker;
}
namespace SeqDesk::Sync {
class PortalManager;
}

namespace SeqDesk::Ui {

// What the Rules page and its dialogs work with; not owned. Without `runner` and `rules`
// rules cannot be created or run.
struct RuleServices
{
    Sync::PortalManager *portals = nullptr;
    Store::StoreWorker *store = nullptr;
    Jobs::JobRunner *runner = nullptr;
    Jobs::RuleScheduler *rules = nullptr;
    Settings::AppSettings *settings = nullptr; // a new rule's sender and send cap; may be null
};

} // namespace SeqDesk::Ui

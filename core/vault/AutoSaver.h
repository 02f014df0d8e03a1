#pragma once

#include "common/Result.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace bearings {

class Vault;

// Saves a vault shortly after its database changes: the first change starts
// a 300 ms single-shot timer and later changes ride along, so a burst of
// edits is one save and a steady stream of edits still saves regularly.
class AutoSaver final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoSaver)

public:
    static constexpr std::chrono::milliseconds kDelay {300};

    // Watches the vault's current database; `vault` must be unlocked.
    explicit AutoSaver(Vault &vault, QObject *parent = nullptr);

    // Saves now if there is anything unsaved; for lock and quit.
    Status flushNow();
    bool isPending() const { return m_timer.isActive(); }

Q_SIGNALS:
    void saveFailed(const bearings::Error &error);

private:
    void onChanged();
    Status saveIfNeeded();

    QPointer<Vault> m_vault;
    QTimer m_timer;
};

} // namespace bearings

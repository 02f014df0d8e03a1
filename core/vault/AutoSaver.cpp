#include "AutoSaver.h"

#include "storage/Database.h"
#include "vault/Vault.h"

namespace bearings {

AutoSaver::AutoSaver(Vault &vault, QObject *parent)
    : QObject(parent)
    , m_vault(&vault)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDelay);
    connect(&m_timer, &QTimer::timeout, this, [this] { (void)saveIfNeeded(); });
    if (!vault.isLocked())
        connect(&vault.database(), &Database::changed, this, &AutoSaver::onChanged);
}

void AutoSaver::onChanged()
{
    // Not restarted by later changes: the save happens kDelay after the
    // first change of a burst, however long the burst goes on.
    if (!m_timer.isActive())
        m_timer.start();
}

Status AutoSaver::flushNow()
{
    m_timer.stop();
    return saveIfNeeded();
}

Status AutoSaver::saveIfNeeded()
{
    if (!m_vault || m_vault->isLocked() || !m_vault->hasUnsavedChanges())
        return {};
    Status s = m_vault->save();
    if (!s.ok())
        Q_EMIT saveFailed(s.error());
    return s;
}

} // namespace bearings

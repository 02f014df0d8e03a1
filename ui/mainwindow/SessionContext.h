#pragma once

#include "Area.h"
#include "safetyplan/SafetyPlan.h"

#include <QObject>

namespace bearings {
class Database;
}

namespace bearings::ui {

class ClipboardGuard;

// What every feature page works with while the vault is open: the database,
// the relationship the person has selected, a way to move to another area,
// and the guarded clipboard. It lives from unlock to lock; pages built on it
// are destroyed with it, so nothing personal outlives the lock.
class SessionContext final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionContext)

public:
    SessionContext(Database &database, ClipboardGuard &clipboard, QObject *parent = nullptr);

    // False once the vault has been locked. Pages are deleted right after
    // (deferred, as lock can be triggered from inside a page); a page that
    // could run anything in between checks this first.
    bool isOpen() const { return m_open; }
    void close();

    Database &database() const { return m_database; }
    ClipboardGuard &clipboard() const { return m_clipboard; }

    // 0 when there is no relationship yet.
    qint64 currentRelationshipId() const { return m_currentRelationship; }
    void setCurrentRelationship(qint64 id);

    // The region from Settings (General): where the emergency number comes
    // from for a safety plan that has never been saved. A saved plan keeps
    // its own region.
    Region defaultRegion() const { return m_defaultRegion; }
    void setDefaultRegion(Region region) { m_defaultRegion = region; }

    // Asks the window to show another area (e.g. "Fill in your safety plan").
    void navigate(Area area);
    // Tells every page the list of relationships changed (added, renamed,
    // archived, deleted), so pickers refresh.
    void notifyRelationshipsChanged();

Q_SIGNALS:
    void closing();
    void currentRelationshipChanged(qint64 id);
    void relationshipsChanged();
    void navigateRequested(bearings::ui::Area area);

private:
    Database &m_database;
    ClipboardGuard &m_clipboard;
    qint64 m_currentRelationship = 0;
    Region m_defaultRegion = Region::UnitedStates;
    bool m_open = true;
};

} // namespace bearings::ui

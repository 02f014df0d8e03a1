#include "SessionContext.h"

namespace bearings::ui {

SessionContext::SessionContext(Database &database, ClipboardGuard &clipboard, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clipboard(clipboard)
{ }

void SessionContext::close()
{
    if (!m_open)
        return;
    Q_EMIT closing();
    m_open = false;
}

void SessionContext::setCurrentRelationship(qint64 id)
{
    if (id == m_currentRelationship)
        return;
    m_currentRelationship = id;
    Q_EMIT currentRelationshipChanged(id);
}

void SessionContext::navigate(Area area)
{
    Q_EMIT navigateRequested(area);
}

void SessionContext::notifyRelationshipsChanged()
{
    Q_EMIT relationshipsChanged();
}

} // namespace bearings::ui

#include "VaultSession.h"

#include "vault/AutoSaver.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

VaultSession::VaultSession(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
{ }

VaultSession::~VaultSession()
{
    waitForWorker();
    // A failure here was already reported through saveFailed(); the previous
    // save is on disk either way.
    static_cast<void>(lock());
}

bool VaultSession::vaultExists() const
{
    return QFileInfo::exists(m_path);
}

Database *VaultSession::database() const
{
    return m_vault ? &m_vault->database() : nullptr;
}

void VaultSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void VaultSession::waitForWorker()
{
    // The key derivation cannot be interrupted; it takes under a second.
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
}

void VaultSession::create(const QString &passphrase)
{
    if (m_state != State::Locked || m_worker)
        return;
    setState(State::Working);
    const quint64 ticket = ++m_ticket;
    auto result = std::make_shared<std::optional<Status>>();
    const QString path = m_path;
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Creating writes the new vault with the default key derivation; the
    // database made on the worker thread is closed there, and the vault is
    // then opened on this thread like any other.
    m_worker = QThread::create([path, passphrase, result] {
        auto created = Vault::create(path, passphrase);
        *result = created.ok() ? Status() : Status(created.error());
    });
    connect(m_worker, &QThread::finished, this, [this, ticket, result, passphrase] {
        waitForWorker();
        setState(State::Locked);
        if (ticket != m_ticket)
            return; // locked or quit meanwhile: drop the result
        if (!result->has_value() || !result->value().ok()) {
            Q_EMIT openFailed(
                result->has_value() ? result->value().error() : makeError(ErrorCode::Internal, QString()), false);
            return;
        }
        unlock(passphrase);
    });
    m_worker->start();
}

void VaultSession::unlock(const QString &passphrase, bool fromBackup)
{
    if (m_state != State::Locked || m_worker)
        return;
    setState(State::Working);
    const quint64 ticket = ++m_ticket;
    using Prepared = Result<Vault::PreparedOpen>;
    auto result = std::make_shared<std::optional<Prepared>>();
    const QString path = m_path;
    Vault::cleanupStaleTempFiles(path);
    m_worker = QThread::create(
        [path, passphrase, fromBackup, result] { result->emplace(Vault::prepareOpen(path, passphrase, fromBackup)); });
    connect(m_worker, &QThread::finished, this, [this, ticket, result, fromBackup] {
        waitForWorker();
        setState(State::Locked);
        if (ticket != m_ticket)
            return; // locked or quit meanwhile: drop the result
        if (!result->has_value()) {
            Q_EMIT openFailed(makeError(ErrorCode::Internal, tr("The vault could not be opened.")), false);
            return;
        }
        Prepared prepared = std::move(**result);
        result->reset();
        if (!prepared.ok()) {
            const bool damaged = prepared.error().code == ErrorCode::Damaged;
            Q_EMIT openFailed(prepared.error(), damaged && !fromBackup && QFileInfo::exists(Vault::backupPath(m_path)));
            return;
        }
        auto opened = Vault::finishOpen(std::move(prepared).value());
        if (!opened.ok()) {
            const bool damaged = opened.error().code == ErrorCode::Damaged;
            Q_EMIT openFailed(opened.error(), damaged && !fromBackup && QFileInfo::exists(Vault::backupPath(m_path)));
            return;
        }
        adopt(std::move(opened).value());
    });
    m_worker->start();
}

void VaultSession::adopt(std::unique_ptr<Vault> vault)
{
    m_vault = std::move(vault);
    m_autoSaver = std::make_unique<AutoSaver>(*m_vault);
    connect(m_autoSaver.get(), &AutoSaver::saveFailed, this, &VaultSession::saveFailed);
    connect(m_vault.get(), &Vault::saved, this, &VaultSession::saved);
    setState(State::Unlocked);
    Q_EMIT unlocked();
}

Status VaultSession::saveNow()
{
    if (!m_autoSaver)
        return {};
    return m_autoSaver->flushNow();
}

Status VaultSession::lock()
{
    ++m_ticket;
    Status status;
    if (m_autoSaver) {
        status = m_autoSaver->flushNow();
        m_autoSaver.reset();
    }
    const bool wasUnlocked = m_vault != nullptr;
    if (m_vault) {
        m_vault->lock();
        m_vault.reset();
    }
    if (!m_worker)
        setState(State::Locked);
    if (wasUnlocked)
        Q_EMIT locked();
    return status;
}

} // namespace bearings::ui

/** Renderer entry: picks the transport, provides it and the language, mounts the desk. */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './components/App'
import { I18nProvider } from './i18n'
import { ClientContext, getClient } from './transport/get-client'
import { withReviewer } from './transport/with-reviewer'
import { reviewerName } from './lib/settings'
import './styles/app.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')
createRoot(root).render(
  <StrictMode>
    <ClientContext.Provider value={withReviewer(getClient(), reviewerName)}>
      <I18nProvider>
        <App />
      </I18nProvider>
    </ClientContext.Provider>
  </StrictMode>,
)

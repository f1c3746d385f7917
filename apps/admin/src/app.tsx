import { ApolloProvider } from '@apollo/client/react';
import { App as AntApp, ConfigProvider } from 'antd';
import faIR from 'antd/locale/fa_IR';
import { useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import { SessionExpiry } from './features/accounts/session/session-expiry';
import { reportUnauthenticated } from './features/accounts/session/unauthenticated';
import { createRouter } from './routes';
import { createApolloClient } from './shared/apollo';

const theme = { token: { fontFamily: 'Vazirmatn, Tahoma, sans-serif' } };

export function App() {
  const [client] = useState(() => createApolloClient(reportUnauthenticated));
  const [router] = useState(createRouter);
  return (
    <ConfigProvider direction="rtl" locale={faIR} theme={theme}>
      <AntApp>
        <ApolloProvider client={client}>
          <SessionExpiry router={router} />
          <RouterProvider router={router} />
        </ApolloProvider>
      </AntApp>
    </ConfigProvider>
  );
}

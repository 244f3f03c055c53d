import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';

export interface NavItem {
  to: string;
  label: string;
  end?: boolean;
}

interface LayoutProps {
  /** Links of the main navigation; the group of admin links is shown after a separator. */
  navItems: NavItem[];
  adminItems: NavItem[];
  /** The search box, between the brand and the actions. */
  search?: ReactNode;
  /** The right side of the header: language switcher, account menu or sign-in link. */
  headerActions: ReactNode;
  children: ReactNode;
}

/**
 * The page frame: skip link, header with brand and actions, main navigation, `<main>` and footer.
 * After each client-side navigation focus moves to `<main>`, so screen readers start at the new content.
 */
export function Layout({ navItems, adminItems, search, headerActions, children }: LayoutProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on path changes only
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [location.pathname]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to="/" className="brand" aria-label={t('app.homeLink')}>
            <span className="brand-mark" aria-hidden="true" />
            <span className="brand-name">Köprü</span>
          </Link>
          <p className="brand-tagline">{t('app.tagline')}</p>
          {search}
          <div className="header-actions">{headerActions}</div>
        </div>
        {navItems.length > 0 ? (
          <nav className="site-nav" aria-label={t('nav.label')}>
            <ul>
              {navItems.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
              {adminItems.length > 0 ? (
                <li className="nav-group">
                  <span className="nav-group-label">{t('nav.admin')}:</span>
                  <ul>
                    {adminItems.map((item) => (
                      <li key={item.to}>
                        <NavLink to={item.to}>{item.label}</NavLink>
                      </li>
                    ))}
                  </ul>
                </li>
              ) : null}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </div>
  );
}

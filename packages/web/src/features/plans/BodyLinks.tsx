import { Fragment } from 'react';
import { Link } from 'react-router';
import type { OrganisationRef } from '../../api';
import { organisationPath } from './paths';

/** Organisations as links to the registry, separated by commas. */
export function BodyLinks({ bodies }: { bodies: readonly OrganisationRef[] }) {
  return (
    <>
      {bodies.map((body, i) => (
        <Fragment key={body.id}>
          {i > 0 ? ', ' : null}
          <Link to={organisationPath(body.id)}>{body.name}</Link>
        </Fragment>
      ))}
    </>
  );
}

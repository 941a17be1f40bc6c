import { Navigate, useLocation } from 'react-router-dom';

/** The old address of the report forms page: the metadata editor (Danh mục báo cáo) replaced it. */
export default function FormsPage() {
  const { search } = useLocation();
  return <Navigate to={`/reporting/metadata${search}`} replace />;
}
